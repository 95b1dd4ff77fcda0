package org.copydesk.entities.common;

import java.util.Set;

/**
 * Last words that make a capitalised run an organisation's name ("Barclays Bank", "Ford Motor Co")
 * or a place's ("Red Sea", "Kent County"): rules read them, and a model uses them as a word class
 * that its few training examples of each word cannot teach.
 */
public final class NameHeads {
    private static final Set<String> ORGANIZATION = Set.of("Inc", "Corp", "Corporation", "Ltd", "Plc", "PLC", "LLC",
            "Co", "Company", "Group", "Holdings", "Party", "Council", "Ministry", "Department", "University", "College",
            "School", "Bank", "Association", "Agency", "Committee", "Union", "Institute", "Foundation", "Army", "Navy",
            "Force", "Forces", "Court", "Commission", "Organisation", "Organization", "Units", "Brigades", "Times", "Post",
            "News", "Press", "Airlines", "Airways", "Motors", "Club", "Federation", "Front", "Movement", "Authority",
            "Office", "Service", "Police", "Board", "Parliament", "Assembly", "Exchange", "Fund", "Trust", "Society",
            "League", "United", "Rovers", "Wanderers", "Athletic", "Athletico", "Albion", "Bancorp", "Industries",
            "Systems", "Technologies", "Communications", "Securities", "Partners", "Capital", "Insurance", "Railways");
    private static final Set<String> PLACE = Set.of("City", "County", "Province", "State", "River", "Island", "Islands",
            "Mountains", "Mount", "Valley", "Sea", "Ocean", "Gulf", "Lake", "Street", "Square", "Avenue", "Road", "Airport",
            "Strait", "Peninsula", "Desert", "Bay", "Coast", "Region", "Canal", "Heights", "Hills", "Park", "Bridge");

    /** First words that make a capitalised run a place's name ("River Thames", "County Durham", "Mount Kenya"). */
    private static final Set<String> LEADING_PLACE = Set.of("River", "County", "Mount", "Mt", "Lake", "Lough", "Loch", "Isle");

    private NameHeads() {
    }

    public static boolean isOrganization(String lastWord) {
        return ORGANIZATION.contains(lastWord);
    }

    public static boolean isPlace(String lastWord) {
        return PLACE.contains(lastWord);
    }

    public static boolean isLeadingPlace(String firstWord) {
        return LEADING_PLACE.contains(firstWord);
    }
}
