/** Ids, roles, the signed-in user and small web helpers shared by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.tandem.shared;
