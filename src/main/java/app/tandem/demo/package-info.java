/** Seeds the fictional "Harbor Lane Counseling" demo practice into an empty database. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo practice",
        allowedDependencies = {
            "appointment",
            "booking",
            "checkin",
            "coping",
            "habit",
            "identity",
            "journal",
            "measure",
            "practice",
            "safety",
            "screening",
            "shared"
        })
package app.tandem.demo;
