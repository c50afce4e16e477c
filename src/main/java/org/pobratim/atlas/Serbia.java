package org.pobratim.atlas;

import java.util.List;
import java.util.Set;

/**
 * What the atlas knows of its home country, written once: its ISO code, the districts Serbian law places in Kosovo
 * and Metohija, and the codes its places carry in GeoNames (which files Kosovo's under XK).
 */
public final class Serbia {
    /** ISO 3166-1 alpha-2. */
    public static final String CODE = "RS";
    /** Districts of the units Serbian law lists in Kosovo and Metohija. */
    public static final Set<String> KOSOVO_DISTRICTS = Set.of("Kosovski", "Pećki", "Prizrenski",
            "Kosovskomitrovački", "Kosovskopomoravski");
    /** The country codes under which a gazetteer files places of Serbian units. */
    public static final List<String> GAZETTEER_CODES = List.of(CODE, "XK");

    private Serbia() {
    }

    /** The atlas's country for a gazetteer's country code: Kosovo's places (XK in GeoNames) are RS, as Serbian law. */
    public static String atlasCountry(String gazetteerCode) {
        return gazetteerCode.equals("XK") ? CODE : gazetteerCode;
    }

    public static boolean isSerbian(City city) {
        return city.country().equals(CODE);
    }

    /** True for a Serbian local self-government unit (not a settlement within one). */
    public static boolean isUnit(City city) {
        return city.admin() != null && city.admin().type().isUnit();
    }

    /** True for a unit Serbian law places in Kosovo and Metohija. */
    public static boolean inKosovo(City city) {
        return city.admin() != null && city.admin().district() != null
                && KOSOVO_DISTRICTS.contains(city.admin().district());
    }
}
