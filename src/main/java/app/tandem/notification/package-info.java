/**
 * Transactional outbox, in-app notification centre and email over SMTP; never clinical content.
 * Depends on practice (for the practice name in emails) and shared only; the user's address comes
 * through {@link app.tandem.notification.RecipientDirectory}, implemented by identity.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"practice", "shared"})
package app.tandem.notification;
