namespace SourcingBot.Conversations.Assessment.Reading;

// Places that name a time zone: major business cities, countries (a country spanning several zones
// marked with *, standing for its main business zone), US states, Canadian provinces, Australian
// states and common abbreviations. One line per zone: "Zone: Name, Name|alias". Names that are
// also everyday words ("Nice", "Cork", "Reading") and abbreviations that are words ("EAT", "WAT",
// "ART") are left out, and "Georgia" is the US state.
internal static class PlaceTimeZones
{
    private const string Cities = """
        Europe/London: London, Manchester, Birmingham, Edinburgh, Glasgow, Leeds, Bristol, Liverpool, Belfast, Cardiff, Cambridge, Oxford
        Europe/Dublin: Dublin, Galway
        Europe/Lisbon: Lisbon, Porto
        Europe/Madrid: Madrid, Barcelona, Valencia, Seville, Malaga, Bilbao
        Europe/Paris: Paris, Lyon, Marseille, Toulouse, Lille, Bordeaux, Nantes
        Europe/Brussels: Brussels, Antwerp, Ghent
        Europe/Amsterdam: Amsterdam, Rotterdam, The Hague, Utrecht, Eindhoven
        Europe/Berlin: Berlin, Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Düsseldorf, Leipzig, Dresden, Hanover, Nuremberg
        Europe/Zurich: Zurich, Geneva, Basel, Bern, Lausanne
        Europe/Vienna: Vienna, Graz
        Europe/Rome: Rome, Milan, Turin, Naples, Florence, Bologna
        Europe/Copenhagen: Copenhagen, Aarhus
        Europe/Stockholm: Stockholm, Gothenburg, Malmö
        Europe/Oslo: Oslo, Bergen
        Europe/Helsinki: Helsinki, Espoo, Tampere
        Europe/Warsaw: Warsaw, Kraków, Wrocław, Gdańsk, Poznań, Łódź
        Europe/Prague: Prague, Brno
        Europe/Budapest: Budapest
        Europe/Bratislava: Bratislava
        Europe/Bucharest: Bucharest, Cluj-Napoca|Cluj, Iași, Timișoara
        Europe/Sofia: Sofia, Plovdiv
        Europe/Athens: Athens, Thessaloniki
        Europe/Belgrade: Belgrade, Novi Sad
        Europe/Zagreb: Zagreb
        Europe/Kyiv: Kyiv|Kiev, Lviv, Kharkiv, Odesa|Odessa
        Europe/Vilnius: Vilnius
        Europe/Riga: Riga
        Europe/Tallinn: Tallinn
        Europe/Istanbul: Istanbul, Ankara, Izmir
        Europe/Moscow: Moscow, Saint Petersburg|St. Petersburg
        Asia/Jerusalem: Tel Aviv, Jerusalem, Haifa
        Africa/Cairo: Cairo, Alexandria
        Asia/Dubai: Dubai, Abu Dhabi, Sharjah
        Asia/Riyadh: Riyadh, Jeddah
        Asia/Qatar: Doha
        Africa/Casablanca: Casablanca, Rabat
        Africa/Lagos: Lagos, Abuja
        Africa/Accra: Accra
        Africa/Nairobi: Nairobi
        Africa/Johannesburg: Johannesburg, Cape Town, Durban, Pretoria
        Asia/Karachi: Karachi, Lahore, Islamabad
        Asia/Kolkata: Mumbai|Bombay, Bengaluru|Bangalore, Delhi, New Delhi, Chennai, Hyderabad, Pune, Kolkata|Calcutta, Ahmedabad, Noida, Gurugram|Gurgaon, Kochi, Jaipur, Chandigarh, Coimbatore
        Asia/Colombo: Colombo
        Asia/Dhaka: Dhaka
        Asia/Kathmandu: Kathmandu
        Asia/Bangkok: Bangkok, Chiang Mai
        Asia/Ho_Chi_Minh: Ho Chi Minh City|Saigon, Hanoi, Da Nang
        Asia/Kuala_Lumpur: Kuala Lumpur, Penang
        Asia/Singapore: Singapore
        Asia/Jakarta: Jakarta, Bandung, Surabaya
        Asia/Makassar: Bali, Denpasar
        Asia/Manila: Manila, Makati, Cebu, Davao, Quezon City
        Asia/Shanghai: Shanghai, Beijing, Shenzhen, Guangzhou, Chengdu, Hangzhou, Suzhou, Wuhan, Dalian
        Asia/Hong_Kong: Hong Kong
        Asia/Taipei: Taipei
        Asia/Seoul: Seoul, Busan
        Asia/Tokyo: Tokyo, Osaka, Kyoto, Yokohama, Nagoya, Fukuoka
        Australia/Sydney: Sydney, Canberra
        Australia/Melbourne: Melbourne
        Australia/Brisbane: Brisbane, Gold Coast
        Australia/Perth: Perth
        Australia/Adelaide: Adelaide
        Pacific/Auckland: Auckland, Wellington, Christchurch
        America/New_York: New York|NYC|New York City, Boston, Washington DC|Washington|Washington D.C.|DC, Philadelphia, Atlanta, Miami, Orlando, Tampa, Charlotte, Pittsburgh, Baltimore, Raleigh, Columbus, Cleveland, Jacksonville
        America/Detroit: Detroit
        America/Indiana/Indianapolis: Indianapolis
        America/Chicago: Chicago, Houston, Dallas, Austin, San Antonio, Minneapolis, St. Louis|Saint Louis, Kansas City, Nashville, New Orleans, Milwaukee, Memphis, Oklahoma City, Fort Worth
        America/Denver: Denver, Salt Lake City, Boulder, Albuquerque
        America/Phoenix: Phoenix, Scottsdale, Tucson
        America/Los_Angeles: Los Angeles|LA, San Francisco|SF, Bay Area, Silicon Valley, San Jose, Palo Alto, Seattle, San Diego, Portland, Las Vegas, Sacramento, Oakland
        America/Anchorage: Anchorage
        Pacific/Honolulu: Honolulu
        America/Toronto: Toronto, Ottawa, Montreal|Montréal, Quebec City
        America/Vancouver: Vancouver
        America/Edmonton: Calgary, Edmonton
        America/Winnipeg: Winnipeg
        America/Halifax: Halifax
        America/Mexico_City: Mexico City, Guadalajara, Monterrey, Puebla
        America/Tijuana: Tijuana
        America/Bogota: Bogotá, Medellín
        America/Lima: Lima
        America/Santiago: Santiago
        America/Argentina/Buenos_Aires: Buenos Aires, Córdoba
        America/Sao_Paulo: São Paulo, Rio de Janeiro|Rio, Belo Horizonte, Curitiba, Porto Alegre, Brasília, Florianópolis, Recife
        America/Montevideo: Montevideo
        America/Caracas: Caracas
        America/Guatemala: Guatemala City
        America/Panama: Panama City
        America/El_Salvador: San Salvador
        America/Santo_Domingo: Santo Domingo
        America/Puerto_Rico: San Juan
        """;

    private const string Countries = """
        Europe/London: United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland
        Europe/Dublin: Ireland
        Europe/Lisbon: Portugal
        Europe/Madrid: Spain
        Europe/Paris: France
        Europe/Brussels: Belgium
        Europe/Amsterdam: Netherlands|Holland
        Europe/Luxembourg: Luxembourg
        Europe/Berlin: Germany
        Europe/Zurich: Switzerland
        Europe/Vienna: Austria
        Europe/Rome: Italy
        Europe/Malta: Malta
        Europe/Copenhagen: Denmark
        Europe/Stockholm: Sweden
        Europe/Oslo: Norway
        Europe/Helsinki: Finland
        Atlantic/Reykjavik: Iceland
        Europe/Warsaw: Poland
        Europe/Prague: Czech Republic|Czechia
        Europe/Bratislava: Slovakia
        Europe/Budapest: Hungary
        Europe/Bucharest: Romania
        Europe/Sofia: Bulgaria
        Europe/Athens: Greece
        Asia/Nicosia: Cyprus
        Europe/Belgrade: Serbia
        Europe/Zagreb: Croatia
        Europe/Ljubljana: Slovenia
        Europe/Sarajevo: Bosnia and Herzegovina|Bosnia
        Europe/Skopje: North Macedonia
        Europe/Tirane: Albania
        Europe/Kyiv: Ukraine
        Europe/Chisinau: Moldova
        Europe/Vilnius: Lithuania
        Europe/Riga: Latvia
        Europe/Tallinn: Estonia
        Europe/Istanbul: Turkey|Türkiye
        Europe/Moscow: *Russia
        Asia/Yerevan: Armenia
        Asia/Jerusalem: Israel
        Africa/Cairo: Egypt
        Asia/Dubai: United Arab Emirates|UAE
        Asia/Riyadh: Saudi Arabia
        Asia/Qatar: Qatar
        Africa/Casablanca: Morocco
        Africa/Tunis: Tunisia
        Africa/Lagos: Nigeria
        Africa/Accra: Ghana
        Africa/Nairobi: Kenya
        Africa/Kampala: Uganda
        Africa/Kigali: Rwanda
        Africa/Addis_Ababa: Ethiopia
        Africa/Johannesburg: South Africa
        Asia/Karachi: Pakistan
        Asia/Kolkata: India
        Asia/Colombo: Sri Lanka
        Asia/Dhaka: Bangladesh
        Asia/Kathmandu: Nepal
        Asia/Almaty: *Kazakhstan
        Asia/Tashkent: Uzbekistan
        Asia/Bangkok: Thailand
        Asia/Ho_Chi_Minh: Vietnam|Viet Nam
        Asia/Kuala_Lumpur: Malaysia
        Asia/Singapore: Singapore
        Asia/Jakarta: *Indonesia
        Asia/Manila: Philippines
        Asia/Shanghai: China
        Asia/Hong_Kong: Hong Kong
        Asia/Taipei: Taiwan
        Asia/Seoul: South Korea|Korea
        Asia/Tokyo: Japan
        Australia/Sydney: *Australia
        Pacific/Auckland: New Zealand
        America/New_York: *United States|USA|U.S.A.|U.S.|the US|the States|United States of America
        America/Toronto: *Canada
        America/Mexico_City: *Mexico
        America/Guatemala: Guatemala
        America/El_Salvador: El Salvador
        America/Tegucigalpa: Honduras
        America/Managua: Nicaragua
        America/Costa_Rica: Costa Rica
        America/Panama: Panama
        America/Santo_Domingo: Dominican Republic
        America/Puerto_Rico: Puerto Rico
        America/Jamaica: Jamaica
        America/Bogota: Colombia
        America/Caracas: Venezuela
        America/Guayaquil: Ecuador
        America/Lima: Peru
        America/La_Paz: Bolivia
        America/Santiago: Chile
        America/Argentina/Buenos_Aires: Argentina
        America/Asuncion: Paraguay
        America/Montevideo: Uruguay
        America/Sao_Paulo: *Brazil
        """;

    private const string Regions = """
        America/New_York: New York State, New England, New Jersey, Connecticut, Massachusetts, Rhode Island, Vermont, New Hampshire, Maine, Pennsylvania, Delaware, Maryland, Virginia, West Virginia, North Carolina, South Carolina, Georgia, Florida, Ohio, Kentucky
        America/Detroit: Michigan
        America/Indiana/Indianapolis: Indiana
        America/Chicago: Illinois, Wisconsin, Minnesota, Iowa, Missouri, Arkansas, Louisiana, Mississippi, Alabama, Tennessee, Texas, Oklahoma, Kansas, Nebraska, South Dakota, North Dakota
        America/Denver: Colorado, Utah, Wyoming, Montana, New Mexico
        America/Boise: Idaho
        America/Phoenix: Arizona
        America/Los_Angeles: California, Oregon, Washington State, Nevada
        America/Anchorage: Alaska
        Pacific/Honolulu: Hawaii
        America/Toronto: Ontario, Quebec|Québec
        America/Vancouver: British Columbia
        America/Edmonton: Alberta
        America/Winnipeg: Manitoba
        America/Regina: Saskatchewan
        America/Halifax: Nova Scotia, Prince Edward Island
        America/Moncton: New Brunswick
        America/St_Johns: Newfoundland and Labrador|Newfoundland
        America/Whitehorse: Yukon
        America/Yellowknife: Northwest Territories
        America/Iqaluit: Nunavut
        Australia/Sydney: New South Wales
        Australia/Brisbane: Queensland
        Australia/Perth: Western Australia
        Australia/Adelaide: South Australia
        Australia/Hobart: Tasmania
        Australia/Darwin: Northern Territory
        """;

    private const string Abbreviations = """
        Etc/UTC: UTC|Coordinated Universal Time
        Europe/London: GMT, BST, UK time|British time
        Europe/Berlin: CET|Central European Time, CEST
        Europe/Athens: EET|Eastern European Time, EEST
        Europe/Moscow: MSK|Moscow time
        America/New_York: EST|Eastern Time|Eastern Standard Time, EDT, ET
        America/Chicago: CST|Central Time|Central Standard Time, CDT, CT
        America/Denver: MST|Mountain Time|Mountain Standard Time, MDT
        America/Los_Angeles: PST|Pacific Time|Pacific Standard Time, PDT, PT
        America/Anchorage: AKST, AKDT
        Pacific/Honolulu: HST
        America/Halifax: AST|Atlantic Time
        America/St_Johns: NST
        America/Sao_Paulo: BRT
        Africa/Johannesburg: SAST
        Asia/Dubai: GST|Gulf Standard Time
        Asia/Karachi: PKT
        Asia/Kolkata: IST|Indian Standard Time|India time
        Asia/Bangkok: ICT|Indochina Time
        Asia/Jakarta: WIB
        Asia/Singapore: SGT
        Asia/Hong_Kong: HKT
        Asia/Manila: PHT|PHST|Philippine Time
        Asia/Shanghai: China Standard Time|Beijing time
        Asia/Seoul: KST
        Asia/Tokyo: JST|Japan time
        Australia/Sydney: AEST|Australian Eastern Time, AEDT
        Australia/Adelaide: ACST
        Australia/Perth: AWST
        Pacific/Auckland: NZST|New Zealand time, NZDT
        """;

    public static IReadOnlyList<(string Phrase, Place Place)> All { get; } =
    [
        .. Parse(Cities, PlaceKind.City),
        .. Parse(Regions, PlaceKind.Region),
        .. Parse(Abbreviations, PlaceKind.Abbreviation),
        .. Parse(Countries, PlaceKind.Country),
    ];

    private static IEnumerable<(string Phrase, Place Place)> Parse(string data, PlaceKind kind)
    {
        foreach (var line in data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var zone = line[..colon];
            foreach (var entry in line[(colon + 2)..].Split(", "))
            {
                var multiZone = entry.StartsWith('*');
                var names = entry.TrimStart('*').Split('|');
                var place = new Place(names[0], zone, kind, multiZone);
                foreach (var name in names)
                {
                    yield return (name, place);
                }
            }
        }
    }
}
