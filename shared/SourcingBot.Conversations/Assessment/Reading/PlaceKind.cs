namespace SourcingBot.Conversations.Assessment.Reading;

// What a place name is; when a text names several, the most precise kind decides (a city over its country).
internal enum PlaceKind
{
    City,
    Region,
    Abbreviation,
    Country,
}
