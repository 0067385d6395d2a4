/** Practices: settings, branding, crisis resources and the on-call/backup rota. */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package app.tandem.practice;
