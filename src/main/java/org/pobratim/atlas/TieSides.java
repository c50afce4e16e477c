package org.pobratim.atlas;

/**
 * A tie seen from one country: its city there ({@code home}) and the other one ({@code partner}). When both cities
 * are in that country, home is the first in id order; when neither is, home is the tie's first city.
 */
public record TieSides(City home, City partner) {
}
