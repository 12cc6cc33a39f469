/**
 * Accounts: members, how they log in, and the roles they hold over places.
 *
 * <p>Operations: sign up with a Cambodian phone number or an e-mail address; log in and out
 * (Jakarta Security, custom form, identity store on MariaDB); grant and revoke roles.
 *
 * <p>Invariants: passwords are stored only as PBKDF2-HMAC-SHA256 hashes with 600,000 iterations,
 * their parameters stored with them (older hashes are upgraded at the next login); a login is
 * stored normalised (phone {@code 0XXXXXXXX}, e-mail lower case), so one person has one account.
 *
 * <p>Decisions: an unknown login costs the same hashing work as a wrong password and gets the same
 * answer; failed logins are throttled per login (5 a minute), counted in MariaDB by a hash of the
 * login, so every node of a cluster counts the same. The session id changes at login. A moderator
 * suspends and lifts a member through {@code Members.suspend}/{@code lift} (the rule on {@code
 * Member}: a lift of nothing is refused).
 *
 * <p>Personal API tokens (policymakers and admins, on their profile) let a program read the API as
 * their member, within the grants the member holds at each call; only their SHA-256 is kept.
 *
 * <p>Owns tables: member, role_grant, password_reset, login_failure, api_token.
 */
package org.vedika.account;
