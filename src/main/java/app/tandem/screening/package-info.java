/**
 * Risk screening of free text: {@link app.tandem.screening.RiskScreener} reads one text and returns
 * a {@link app.tandem.screening.RiskLevel} with the findings that explain it. A leaf module: it
 * depends on nothing else in Tandem, holds no data and never logs the text it reads. The safety
 * module turns a screening into alerts; see its {@code SafetyNet}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Screening",
        allowedDependencies = {})
package app.tandem.screening;
