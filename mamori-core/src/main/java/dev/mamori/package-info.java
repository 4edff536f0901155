/** Mamori: an offline engine for the customer's half of the AWS shared responsibility model. */
package dev.mamori;
