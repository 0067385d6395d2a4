/**
 * Transactional outbox, in-app notification centre, email over SMTP and Web Push; never clinical content.
 * Depends on practice (for the practice name in emails), crypto (the VAPID private key) and shared only; the user's address comes
 * through {@link app.tandem.notification.RecipientDirectory}, implemented by identity.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"crypto", "practice", "shared"})
package app.tandem.notification;
