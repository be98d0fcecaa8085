namespace SourcingBot.Knowledge.Recommending;

/// <summary>The kind of work to be sourced.</summary>
public enum BusinessFunction
{
    /// <summary>Customer support: call centres, chat and email support.</summary>
    CustomerSupport,

    /// <summary>Software development and IT.</summary>
    SoftwareDevelopment,

    /// <summary>Finance and accounting: bookkeeping, payroll, invoicing.</summary>
    FinanceAccounting,

    /// <summary>HR administration and recruiting.</summary>
    HrRecruiting,

    /// <summary>Marketing and content production.</summary>
    MarketingContent,

    /// <summary>Administration and virtual assistance.</summary>
    AdminVirtualAssistance,

    /// <summary>Data analysis and reporting.</summary>
    DataAnalytics,

    /// <summary>Making physical products or components.</summary>
    Manufacturing,

    /// <summary>Anything else.</summary>
    Other,
}
