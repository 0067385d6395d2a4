/**
 * People and access: accounts, invitations, sign-in, API tokens, care relationships and the single
 * place where "may this person see this client's data" is decided ({@link app.tandem.identity.CareAccess}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity and access",
        allowedDependencies = {"crypto", "notification", "practice", "shared"})
package app.tandem.identity;
