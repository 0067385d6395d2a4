/** The public face and the frame of every page: home per role, /help, branding and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package app.tandem.site;
