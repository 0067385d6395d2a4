/**
 * Safety module: screening of client free text for suicide and self-harm risk.
 * The public API is this package; {@code screening} holds the rule table and context evaluation.
 */
package app.tandem.safety;
