package org.pobratim.atlas;

/** Filters for listing cities; a null field does not filter. */
public record CityQuery(String country, AdminType adminType, String name) {
    public static final CityQuery ALL = new CityQuery(null, null, null);
}
