using System.Collections.Generic;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Country identifiers the formats use: Gleditsch-Ward code (GED country_id, gwnoa), ISO 3166-1 alpha-2
/// (the model), ISO 3166-1 numeric (ACLED iso), and GED's own country name and region.
/// </summary>
/// <remarks>
/// Covers every country in the committed GED file plus other countries with recent organised violence.
/// A code outside the table is not guessed: the importer keeps the row's country columns verbatim and warns.
/// </remarks>
internal static class CountryCodes
{
    private static readonly Country[] All =
    [
        new(2, "US", 840, "United States of America", "Americas"),
        new(41, "HT", 332, "Haiti", "Americas"),
        new(51, "JM", 388, "Jamaica", "Americas"),
        new(70, "MX", 484, "Mexico", "Americas"),
        new(80, "BZ", 84, "Belize", "Americas"),
        new(90, "GT", 320, "Guatemala", "Americas"),
        new(91, "HN", 340, "Honduras", "Americas"),
        new(92, "SV", 222, "El Salvador", "Americas"),
        new(93, "NI", 558, "Nicaragua", "Americas"),
        new(100, "CO", 170, "Colombia", "Americas"),
        new(101, "VE", 862, "Venezuela", "Americas"),
        new(130, "EC", 218, "Ecuador", "Americas"),
        new(135, "PE", 604, "Peru", "Americas"),
        new(140, "BR", 76, "Brazil", "Americas"),
        new(145, "BO", 68, "Bolivia", "Americas"),
        new(200, "GB", 826, "United Kingdom", "Europe"),
        new(220, "FR", 250, "France", "Europe"),
        new(290, "PL", 616, "Poland", "Europe"),
        new(345, "RS", 688, "Serbia (Yugoslavia)", "Europe"),
        new(359, "MD", 498, "Moldova", "Europe"),
        new(365, "RU", 643, "Russia (Soviet Union)", "Europe"),
        new(369, "UA", 804, "Ukraine", "Europe"),
        new(370, "BY", 112, "Belarus", "Europe"),
        new(371, "AM", 51, "Armenia", "Europe"),
        new(372, "GE", 268, "Georgia", "Europe"),
        new(373, "AZ", 31, "Azerbaijan", "Europe"),
        new(432, "ML", 466, "Mali", "Africa"),
        new(433, "SN", 686, "Senegal", "Africa"),
        new(434, "BJ", 204, "Benin", "Africa"),
        new(435, "MR", 478, "Mauritania", "Africa"),
        new(436, "NE", 562, "Niger", "Africa"),
        new(437, "CI", 384, "Ivory Coast", "Africa"),
        new(438, "GN", 324, "Guinea", "Africa"),
        new(439, "BF", 854, "Burkina Faso", "Africa"),
        new(450, "LR", 430, "Liberia", "Africa"),
        new(451, "SL", 694, "Sierra Leone", "Africa"),
        new(452, "GH", 288, "Ghana", "Africa"),
        new(461, "TG", 768, "Togo", "Africa"),
        new(471, "CM", 120, "Cameroon", "Africa"),
        new(475, "NG", 566, "Nigeria", "Africa"),
        new(482, "CF", 140, "Central African Republic", "Africa"),
        new(483, "TD", 148, "Chad", "Africa"),
        new(490, "CD", 180, "DR Congo (Zaire)", "Africa"),
        new(500, "UG", 800, "Uganda", "Africa"),
        new(501, "KE", 404, "Kenya", "Africa"),
        new(510, "TZ", 834, "Tanzania", "Africa"),
        new(516, "BI", 108, "Burundi", "Africa"),
        new(517, "RW", 646, "Rwanda", "Africa"),
        new(520, "SO", 706, "Somalia", "Africa"),
        new(522, "DJ", 262, "Djibouti", "Africa"),
        new(530, "ET", 231, "Ethiopia", "Africa"),
        new(531, "ER", 232, "Eritrea", "Africa"),
        new(540, "AO", 24, "Angola", "Africa"),
        new(541, "MZ", 508, "Mozambique", "Africa"),
        new(560, "ZA", 710, "South Africa", "Africa"),
        new(600, "MA", 504, "Morocco", "Africa"),
        new(615, "DZ", 12, "Algeria", "Africa"),
        new(616, "TN", 788, "Tunisia", "Africa"),
        new(620, "LY", 434, "Libya", "Africa"),
        new(625, "SD", 729, "Sudan", "Africa"),
        new(626, "SS", 728, "South Sudan", "Africa"),
        new(630, "IR", 364, "Iran", "Middle East"),
        new(640, "TR", 792, "Turkey", "Middle East"),
        new(645, "IQ", 368, "Iraq", "Middle East"),
        new(651, "EG", 818, "Egypt", "Middle East"),
        new(652, "SY", 760, "Syria", "Middle East"),
        new(660, "LB", 422, "Lebanon", "Middle East"),
        new(663, "JO", 400, "Jordan", "Middle East"),
        new(666, "IL", 376, "Israel", "Middle East"),
        new(670, "SA", 682, "Saudi Arabia", "Middle East"),
        new(678, "YE", 887, "Yemen (North Yemen)", "Middle East"),
        new(696, "AE", 784, "United Arab Emirates", "Middle East"),
        new(698, "OM", 512, "Oman", "Middle East"),
        new(700, "AF", 4, "Afghanistan", "Asia"),
        new(702, "TJ", 762, "Tajikistan", "Asia"),
        new(703, "KG", 417, "Kyrgyzstan", "Asia"),
        new(704, "UZ", 860, "Uzbekistan", "Asia"),
        new(710, "CN", 156, "China", "Asia"),
        new(750, "IN", 356, "India", "Asia"),
        new(770, "PK", 586, "Pakistan", "Asia"),
        new(771, "BD", 50, "Bangladesh", "Asia"),
        new(775, "MM", 104, "Myanmar (Burma)", "Asia"),
        new(780, "LK", 144, "Sri Lanka", "Asia"),
        new(790, "NP", 524, "Nepal", "Asia"),
        new(800, "TH", 764, "Thailand", "Asia"),
        new(811, "KH", 116, "Cambodia", "Asia"),
        new(812, "LA", 418, "Laos", "Asia"),
        new(816, "VN", 704, "Vietnam", "Asia"),
        new(820, "MY", 458, "Malaysia", "Asia"),
        new(840, "PH", 608, "Philippines", "Asia"),
        new(850, "ID", 360, "Indonesia", "Asia"),
        new(910, "PG", 598, "Papua New Guinea", "Asia"),
    ];

    private static readonly Dictionary<int, Country> ByGw = [];
    private static readonly Dictionary<string, Country> ByIso2 = [];
    private static readonly Dictionary<int, Country> ByIsoNumeric = [];

    static CountryCodes()
    {
        foreach (var c in All)
        {
            ByGw[c.Gw] = c;
            ByIso2[c.Iso2] = c;
            ByIsoNumeric[c.IsoNumeric] = c;
        }
    }

    public static Country? FromGw(long gw) => gw is > 0 and < int.MaxValue && ByGw.TryGetValue((int)gw, out var c) ? c : null;

    public static Country? FromIso2(string? iso2) => iso2 is not null && ByIso2.TryGetValue(iso2, out var c) ? c : null;

    public static Country? FromIsoNumeric(long iso) => iso is > 0 and < int.MaxValue && ByIsoNumeric.TryGetValue((int)iso, out var c) ? c : null;

    /// <summary>One row of the table.</summary>
    internal sealed record Country(int Gw, string Iso2, int IsoNumeric, string GedName, string GedRegion);
}
