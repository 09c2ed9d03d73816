using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// The countries <see cref="StraightforwardGedImporter"/> knows: Gleditsch-Ward code (GED <c>country_id</c>,
/// <c>gwnoa</c>), ISO 3166-1 alpha-2 code (the model), and GED's own country name and region. The same 92
/// countries as the table of our importer, which is internal, so the peer carries its own copy.
/// </summary>
public static class StraightforwardGedCountries
{
    private static readonly GedCountry[] All =
    [
        new(2, "US", "United States of America", "Americas"),
        new(41, "HT", "Haiti", "Americas"),
        new(51, "JM", "Jamaica", "Americas"),
        new(70, "MX", "Mexico", "Americas"),
        new(80, "BZ", "Belize", "Americas"),
        new(90, "GT", "Guatemala", "Americas"),
        new(91, "HN", "Honduras", "Americas"),
        new(92, "SV", "El Salvador", "Americas"),
        new(93, "NI", "Nicaragua", "Americas"),
        new(100, "CO", "Colombia", "Americas"),
        new(101, "VE", "Venezuela", "Americas"),
        new(130, "EC", "Ecuador", "Americas"),
        new(135, "PE", "Peru", "Americas"),
        new(140, "BR", "Brazil", "Americas"),
        new(145, "BO", "Bolivia", "Americas"),
        new(200, "GB", "United Kingdom", "Europe"),
        new(220, "FR", "France", "Europe"),
        new(290, "PL", "Poland", "Europe"),
        new(345, "RS", "Serbia (Yugoslavia)", "Europe"),
        new(359, "MD", "Moldova", "Europe"),
        new(365, "RU", "Russia (Soviet Union)", "Europe"),
        new(369, "UA", "Ukraine", "Europe"),
        new(370, "BY", "Belarus", "Europe"),
        new(371, "AM", "Armenia", "Europe"),
        new(372, "GE", "Georgia", "Europe"),
        new(373, "AZ", "Azerbaijan", "Europe"),
        new(432, "ML", "Mali", "Africa"),
        new(433, "SN", "Senegal", "Africa"),
        new(434, "BJ", "Benin", "Africa"),
        new(435, "MR", "Mauritania", "Africa"),
        new(436, "NE", "Niger", "Africa"),
        new(437, "CI", "Ivory Coast", "Africa"),
        new(438, "GN", "Guinea", "Africa"),
        new(439, "BF", "Burkina Faso", "Africa"),
        new(450, "LR", "Liberia", "Africa"),
        new(451, "SL", "Sierra Leone", "Africa"),
        new(452, "GH", "Ghana", "Africa"),
        new(461, "TG", "Togo", "Africa"),
        new(471, "CM", "Cameroon", "Africa"),
        new(475, "NG", "Nigeria", "Africa"),
        new(482, "CF", "Central African Republic", "Africa"),
        new(483, "TD", "Chad", "Africa"),
        new(490, "CD", "DR Congo (Zaire)", "Africa"),
        new(500, "UG", "Uganda", "Africa"),
        new(501, "KE", "Kenya", "Africa"),
        new(510, "TZ", "Tanzania", "Africa"),
        new(516, "BI", "Burundi", "Africa"),
        new(517, "RW", "Rwanda", "Africa"),
        new(520, "SO", "Somalia", "Africa"),
        new(522, "DJ", "Djibouti", "Africa"),
        new(530, "ET", "Ethiopia", "Africa"),
        new(531, "ER", "Eritrea", "Africa"),
        new(540, "AO", "Angola", "Africa"),
        new(541, "MZ", "Mozambique", "Africa"),
        new(560, "ZA", "South Africa", "Africa"),
        new(600, "MA", "Morocco", "Africa"),
        new(615, "DZ", "Algeria", "Africa"),
        new(616, "TN", "Tunisia", "Africa"),
        new(620, "LY", "Libya", "Africa"),
        new(625, "SD", "Sudan", "Africa"),
        new(626, "SS", "South Sudan", "Africa"),
        new(630, "IR", "Iran", "Middle East"),
        new(640, "TR", "Turkey", "Middle East"),
        new(645, "IQ", "Iraq", "Middle East"),
        new(651, "EG", "Egypt", "Middle East"),
        new(652, "SY", "Syria", "Middle East"),
        new(660, "LB", "Lebanon", "Middle East"),
        new(663, "JO", "Jordan", "Middle East"),
        new(666, "IL", "Israel", "Middle East"),
        new(670, "SA", "Saudi Arabia", "Middle East"),
        new(678, "YE", "Yemen (North Yemen)", "Middle East"),
        new(696, "AE", "United Arab Emirates", "Middle East"),
        new(698, "OM", "Oman", "Middle East"),
        new(700, "AF", "Afghanistan", "Asia"),
        new(702, "TJ", "Tajikistan", "Asia"),
        new(703, "KG", "Kyrgyzstan", "Asia"),
        new(704, "UZ", "Uzbekistan", "Asia"),
        new(710, "CN", "China", "Asia"),
        new(750, "IN", "India", "Asia"),
        new(770, "PK", "Pakistan", "Asia"),
        new(771, "BD", "Bangladesh", "Asia"),
        new(775, "MM", "Myanmar (Burma)", "Asia"),
        new(780, "LK", "Sri Lanka", "Asia"),
        new(790, "NP", "Nepal", "Asia"),
        new(800, "TH", "Thailand", "Asia"),
        new(811, "KH", "Cambodia", "Asia"),
        new(812, "LA", "Laos", "Asia"),
        new(816, "VN", "Vietnam", "Asia"),
        new(820, "MY", "Malaysia", "Asia"),
        new(840, "PH", "Philippines", "Asia"),
        new(850, "ID", "Indonesia", "Asia"),
        new(910, "PG", "Papua New Guinea", "Asia"),
    ];

    /// <summary>Gets the countries by Gleditsch-Ward code.</summary>
    public static IReadOnlyDictionary<long, GedCountry> ByGw { get; } = All.ToDictionary(c => (long)c.Gw);

    /// <summary>Gets the countries by ISO 3166-1 alpha-2 code.</summary>
    public static IReadOnlyDictionary<string, GedCountry> ByIso2 { get; } = All.ToDictionary(c => c.Iso2);
}

/// <summary>One country of <see cref="StraightforwardGedCountries"/>.</summary>
/// <param name="Gw">The Gleditsch-Ward code.</param>
/// <param name="Iso2">The ISO 3166-1 alpha-2 code.</param>
/// <param name="GedName">The country's name in GED.</param>
/// <param name="GedRegion">The country's region in GED.</param>
public sealed record GedCountry(int Gw, string Iso2, string GedName, string GedRegion);
