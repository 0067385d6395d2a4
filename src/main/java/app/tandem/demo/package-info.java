/** Seeds the fictional "Harbor Lane Counseling" demo practice into an empty database. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo practice")
package app.tandem.demo;
