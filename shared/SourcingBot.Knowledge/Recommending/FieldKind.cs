namespace SourcingBot.Knowledge.Recommending;

// The shape of a condition field's answer, which decides the operators and values it accepts.
internal enum FieldKind
{
    EnumValue,
    EnumSet,
    Flags,
    Boolean,
    Number,
    Money,
    Area,
}
