/** Encryption at rest of free text (AES-256-GCM with key ids and rotation). */
@org.springframework.modulith.ApplicationModule(
        displayName = "Encryption at rest",
        allowedDependencies = {})
package app.tandem.crypto;
