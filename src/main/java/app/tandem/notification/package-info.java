/** Transactional outbox, in-app notification centre and email over SMTP; never clinical content. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package app.tandem.notification;
