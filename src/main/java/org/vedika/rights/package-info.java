/**
 * A member's rights over what Vedika keeps of them (issue 20, item 4): the privacy notice ({@code
 * /privacy}), taking everything away as JSON ({@code /profile/data}), and the way to delete the
 * account ({@code /leave}, whose facade is the account feature's {@code Members.delete}).
 *
 * <p>Operations: the data download asks each owner for its rows of the member ({@code dataOf} on
 * {@code Members}, {@code Problems}, {@code Votes}, {@code Notifications}, {@code Moderation},
 * {@code Workshops}) and writes one JSON document.
 *
 * <p>Invariants: a member downloads only their own data (the session's member, never a parameter);
 * every owner chooses the columns of its tables that are the member's to take.
 *
 * <p>Decisions: above every feature that keeps something of a member, so it may ask them all; it
 * writes nothing itself.
 *
 * <p>Owns no table.
 */
package org.vedika.rights;
