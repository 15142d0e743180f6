/**
 * One class per DynamoDB action. Each validates its request as an ordered list of checks, DynamoDB's messages
 * kept as constants next to their checks, then reads or writes storage under the catalog's lock (writes check
 * their condition and write under the same exclusive lock, so conditional writes are atomic).
 */
package io.dynantic.local.action;
