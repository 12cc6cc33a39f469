/**
 * Languages: Khmer first, English second.
 *
 * <p>Operations: tell each request its language; switch language and remember it in the browser (a
 * cookie), so read pages need no session.
 *
 * <p>Invariants: every visible word comes from {@code text_km.properties} or {@code
 * text_en.properties}; Khmer is the default for everyone who has not chosen; every count is written
 * in the language's digits (Khmer digits in Khmer) and, in English, in its plural form ({@code
 * control/MessageText}: ICU's message format, for Java and for {@code h:outputFormat}).
 *
 * <p>Decisions: the choice lives in a long-lived cookie rather than the HTTP session, because read
 * pages are stateless and a phone on a slow network should not carry a session it does not need.
 *
 * <p>Owns no table.
 */
package org.vedika.i18n;
