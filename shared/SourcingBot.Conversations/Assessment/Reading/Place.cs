namespace SourcingBot.Conversations.Assessment.Reading;

// A named place or time-zone abbreviation and the IANA zone it stands for; a country spanning several
// zones stands for its main business zone.
internal sealed record Place(string Name, string ZoneId, PlaceKind Kind, bool MultiZone)
{
    public string Display => MultiZone ? $"{Name} ({ZoneId}; name a city for another zone)" : $"{Name} ({ZoneId})";
}
