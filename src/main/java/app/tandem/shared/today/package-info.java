/**
 * What the client's Today page asks of the capabilities beyond their {@code PageSection}s: the next thing to do
 * ({@link NextStepContributor}, one bean per module that has one) and the mood of the last days ({@link MoodDiary},
 * from the check-in module). The site composes the page from these without depending on the modules.
 */
package app.tandem.shared.today;
