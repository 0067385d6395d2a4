package app.tandem.demo;

/**
 * Adds months of realistic history for one capability to the demo practice. Implemented inside
 * the demo module, one class per capability, using that capability's public API.
 */
interface DemoHistory {

    void seed(DemoPeople people);
}
