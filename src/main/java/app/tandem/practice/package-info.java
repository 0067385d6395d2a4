/** Practices: settings, branding, crisis resources and the on-call/backup rota. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Practice",
        allowedDependencies = {"shared"})
package app.tandem.practice;
