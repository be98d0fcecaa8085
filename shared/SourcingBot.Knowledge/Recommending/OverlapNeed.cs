namespace SourcingBot.Knowledge.Recommending;

/// <summary>How much the team doing the work must share working hours with headquarters.</summary>
public enum OverlapNeed
{
    /// <summary>Daily real-time collaboration: meetings, quick feedback, changing requirements.</summary>
    DailyRealTime,

    /// <summary>A few shared hours a day for hand-overs and questions.</summary>
    FewHours,

    /// <summary>The work runs asynchronously; shared hours are not needed.</summary>
    Asynchronous,

    /// <summary>Work is handed over between time zones so it continues round the clock.</summary>
    FollowTheSun,
}
