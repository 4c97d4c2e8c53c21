// Generated from the Rust types by `src-tauri/src/ipc.rs` (ts-rs): do not edit.
// Renew with `PRICESIM_WRITE_IPC=1 cargo test -p pricesim-app ipc`; a test fails while this file
// and the Rust types differ. Money is a string holding a decimal, never a number.

/**
 * One plan after the change.
 */
export type After = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * Its cost then; `None` when it is not known (or the plan is no longer on sale).
 */
cost: string | null, 
/**
 * Its rank then, as `rank` in a quote: 1 is the cheapest; `None` when it has no cost then.
 */
rank: number | null, };

/**
 * What a quote's cost is under each reading of the unverified rules and prices it rests on
 * (the switches of its cards' versions in force), and at the best and worst combination.
 */
export type Assumptions = { 
/**
 * Each switch, with the cost under each of its readings (the others at the card's own).
 */
switches: Array<SwitchCosts>, 
/**
 * The cheapest combination of readings; on a tie, the one that changes the fewest.
 */
best: Combination, 
/**
 * The dearest combination: what the quote may cost if the unverified rules go against it.
 */
worst: Combination, };

/**
 * One usage's share of a points meter.
 */
export type Basis = { 
/**
 * Which usage these points are for, by key.
 */
usage: UsageKey, 
/**
 * Its count in the scenario.
 */
quantity: number, 
/**
 * Points per unit.
 */
points_each: PointsEach, 
/**
 * `quantity × points_each`.
 */
points: number, };

/**
 * The answer of `pricesim breakeven`, in the contract's JSON shape plus the curves charts draw.
 */
export type Breakeven = { 
/**
 * The count varied (`contacts.engaged`).
 */
axis: string, 
/**
 * Its first value: every whole count from here through `to` is accounted for.
 */
from: number, 
/**
 * Its last value, inclusive.
 */
to: number, 
/**
 * The display currency every cost is in.
 */
currency: Currency, 
/**
 * Which plan is cheapest on each stretch (ties stay with the plan already cheapest).
 */
envelope: Array<Span>, 
/**
 * For every pair of plans, each `at` where `from_here` becomes strictly cheaper than `below`.
 */
crossings: Array<Crossing>, 
/**
 * Each plan's cost, piece by piece.
 */
curves: Array<Curve>, 
/**
 * Plans left out, and why.
 */
notes?: Array<string>, };

/**
 * What a breakeven varies.
 */
export type BreakevenAsk = { 
/**
 * The scenario's TOML, as the form holds it: the counts not varied stay as it gives them.
 */
text: string, 
/**
 * The count varied.
 */
axis: string, 
/**
 * Its first value.
 */
from: number, 
/**
 * Its last value.
 */
to: number, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, };

/**
 * Breakeven's screen: where plans cross along the axis and its chart, and for a scenario with
 * ranges each plan's cost along the same axis as a fan (docs/UNCERTAINTY.md, "Fan").
 */
export type BreakevenScreen = { 
/**
 * Where the plans cross.
 */
result: Breakeven, 
/**
 * The breakeven chart, as SVG markup.
 */
svg: string, 
/**
 * The fan and its chart; `None` when every count of the scenario is a point.
 */
fan: Charted<Fan> | null, 
/**
 * The crossings where the cheapest plan changes, by their place in `result.crossings`
 * (`Breakeven::turns`): listed first, the others folded away.
 */
turns: Array<number>, };

/**
 * A cost's parts by payee, in the display currency.
 */
export type ByPayee = { 
/**
 * The vendor's invoice.
 */
vendor: string, 
/**
 * Meta's fees paid directly.
 */
meta: string, 
/**
 * The user's own costs.
 */
in_house: string, };

/**
 * The version of one card that priced the comparison: a plan's own card, and Meta's when a
 * quote passes its WhatsApp fees on.
 */
export type CardAsOf = { 
/**
 * The card's vendor id (`meta`).
 */
card: string, 
/**
 * The day that version took effect: its `effective_from`, which names it.
 */
version: string, 
/**
 * True when it is the newest version the card holds: later changes are not known.
 */
newest: boolean, };

/**
 * One card as the rate-card screen shows it.
 */
export type CardView = { 
/**
 * Vendor id.
 */
vendor: string, 
/**
 * Vendor name.
 */
name: string, 
/**
 * Billing currency.
 */
currency: string, 
/**
 * Its file name.
 */
file: string, 
/**
 * True when this is the user's edited copy.
 */
edited: boolean, 
/**
 * The card's TOML text.
 */
text: string, 
/**
 * Its versions, oldest first.
 */
versions: Array<VersionView>, 
/**
 * The contract terms a scenario may give under `[vendors.<vendor>]`.
 */
terms: Array<TermView>, 
/**
 * Each plan's figures, for the price form, version by version, oldest first.
 */
prices: Array<PlanFigures>, };

/**
 * Every card, and why edited cards could not be used, if so.
 */
export type Cards = { 
/**
 * The cards in use, by vendor.
 */
cards: Array<CardView>, 
/**
 * The exchange rates.
 */
fx: FxView, 
/**
 * A problem with the edited cards found at start-up (the shipped ones are used meanwhile).
 */
problem: string | null, };

/**
 * A billing category, as lines of a quote or a rated log name it.
 *
 * The 2022 version billed conversations by who started them (`business_initiated`,
 * `user_initiated`); from 2023-06-01 by what the business sent.
 */
export type Category = "marketing" | "utility" | "authentication" | "authentication_international" | "service" | "free_entry_point" | "business_initiated" | "user_initiated";

/**
 * The formats a chart is exported in.
 */
export type ChartFormat = "svg" | "png";

/**
 * An analysis and its chart.
 */
export type Charted<T> = { 
/**
 * The core's answer.
 */
result: T, 
/**
 * The chart, as SVG markup.
 */
svg: string, };

/**
 * What to do with the unsaved changes.
 */
export type Choice = "save" | "discard" | "cancel";

/**
 * One plan of the simulation.
 */
export type Column = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * The plan's billing currency.
 */
currency: Currency, 
/**
 * False when some month's cost is not known (an unknown price, uncovered usage, a missing
 * exchange rate, or the plan not quoted that month): the plan cannot be compared over the
 * whole horizon, and is marked so, as Breakeven marks such a plan.
 */
cost_known: boolean, };

/**
 * A combination of readings and the quote's cost under it.
 */
export type Combination = { 
/**
 * The quote's cost under these readings, in the display currency.
 */
cost: string, 
/**
 * The readings other than the cards' own, as `card.switch = reading`.
 */
readings: Array<string>, };

/**
 * The scenario as the core read it (for the form, after opening a file), and its comparison.
 */
export type Compared = { 
/**
 * The scenario file's text: the user's document with the form's values in it (what Save
 * writes and the exports price).
 */
text: string, 
/**
 * The checked scenario.
 */
scenario: Scenario, 
/**
 * Every plan priced and ranked.
 */
comparison: Comparison, 
/**
 * For each plan that does not rank, the core's words for why (`Quote::why_unranked`), less
 * the work it does not offer: `needs` says what to enter for that.
 */
reasons: { [key in string]?: Array<string> }, 
/**
 * For each plan that does not rank, the in-house costs that would rank it
 * (`Quote::in_house_needed`): the form offers to go to their fields.
 */
needs: { [key in string]?: Array<InHouseNeed> }, 
/**
 * For each plan, what each payee's lines add up to (`Quote::payee_totals`).
 */
totals: { [key in string]?: Array<PayeeTotal> }, 
/**
 * For each ranked plan but the cheapest, how much more it costs than the cheapest, in the
 * display currency (`Comparison::above_cheapest`).
 */
above_cheapest: { [key in string]?: string }, 
/**
 * With the outlook: each plan's cost over the twelve months from the scenario's
 * (`simulate::a_year`); none when a month of them cannot be priced.
 */
year?: Array<PlanTotal>, 
/**
 * Each plan's colour (`#1f77b4`), the one every chart draws it in (`chart::Palette`): the
 * page's swatches beside plan names use it.
 */
colours: { [key in string]?: string }, };

/**
 * The answer of `pricesim quote`, in the contract's JSON shape.
 */
export type Comparison = { 
/**
 * The scenario's name.
 */
scenario: string, 
/**
 * The month every quote prices (the scenario's): it picks each card's version in force.
 */
month: Month, 
/**
 * The display currency quotes are ranked in.
 */
currency: Currency, 
/**
 * The quotes by `rank` (by what the whole scenario costs the user), then the unranked ones
 * by `total_in_display_currency`, those that cannot be converted last.
 */
quotes: Array<Quote>, 
/**
 * The plan ranked 1; `None` when no quote has a cost.
 */
cheapest: string | null, 
/**
 * The best-ranked plan of each vendor.
 */
cheapest_by_vendor: { [key in string]?: string }, 
/**
 * What the reader must know about the comparison as a whole: cards left out because no
 * version of theirs is in force in the month, plans not quoted, and once how old the prices
 * are.
 */
notes?: Array<string>, 
/**
 * The version of each card the quotes were priced under and the exchange rates used.
 */
prices_as_of?: PricesAsOf, 
/**
 * How the quotes' spreads were sampled, for a scenario with ranges.
 */
sampling?: Sampling, 
/**
 * How far each count can move before the cheapest plan is no longer the cheapest.
 */
headroom?: Array<Headroom>, 
/**
 * What the same usage costs after the next dated price change the cards hold.
 */
next_change?: NextChange, };

/**
 * `1 from = rate to`, from `date` on, with where the figure comes from.
 */
export type Conversion = { 
/**
 * The currency converted from (a plan's billing currency, when a quote uses it).
 */
from: Currency, 
/**
 * The currency converted to (the scenario's display currency, when a quote uses it).
 */
to: Currency, 
/**
 * Units of `to` for one unit of `from`.
 */
rate: string, 
/**
 * The day the rate is dated: it holds until the pair's next dated rate; a cross rate is dated
 * the older of its two.
 */
date: string, 
/**
 * Its provenance (`derived` for an inverted or cross rate).
 */
source: Provenance, };

/**
 * What a plan costs the user for the whole scenario, in the display currency.
 *
 * INVARIANT: `total` is the sum of `by_payee`'s parts; each part is its payee's lines summed in
 * their currency and converted once.
 */
export type Cost = { 
/**
 * The display currency (the scenario's `currency`): `total` and every part are in it, so
 * plans billed in different currencies compare.
 */
currency: Currency, 
/**
 * Everything, all payees together.
 */
total: string, 
/**
 * Each payee's part.
 */
by_payee: ByPayee, };

/**
 * A quantity of work and the lines that account for it.
 */
export type Covered = { 
/**
 * The work, as its usage key (`outcomes.bot.test_drive`).
 */
usage: UsageKey, 
/**
 * How much of it.
 */
quantity: number, 
/**
 * Whose lines account for it.
 */
payee: Payee, 
/**
 * How.
 */
how: How, };

/**
 * Where one plan overtakes another.
 */
export type Crossing = { 
/**
 * The first value at which `from_here` is strictly cheaper (it was not one below).
 */
at: number, 
/**
 * The plan overtaken, as `vendor/plan`: not dearer than `from_here` one below `at`.
 */
below: string, 
/**
 * The plan strictly cheaper from `at` on, as `vendor/plan`, until a later crossing of the two.
 */
from_here: string, 
/**
 * `below`'s cost at `at`.
 */
cost_below: string, 
/**
 * `from_here`'s cost at `at`.
 */
cost_from_here: string, };

/**
 * A currency by ISO 4217 code.
 *
 * INVARIANT: always one of [`CURRENCIES`], so its minor unit is known.
 */
export type Currency = string;

/**
 * One currency of the import.
 */
export type CurrencyImport = { 
/**
 * The currency (the rates are euros in it).
 */
currency: Currency, 
/**
 * How many months it has a rate in.
 */
months: number, 
/**
 * The first and the last day the file has a rate of it.
 */
from: string, 
/**
 * See `from`.
 */
to: string, 
/**
 * The rate the latest month converts at once imported: the file's last rate of that month.
 */
latest: Conversion, 
/**
 * What that month converted at before (a rate of `fx.toml`, its inverse or a cross rate).
 */
before: Conversion | null, 
/**
 * The change in percent, one decimal.
 */
percent: string | null, };

/**
 * One plan's cost along the axis.
 */
export type Curve = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * True when its quote leaves usage out somewhere on the axis.
 */
incomplete: boolean, 
/**
 * Pieces in order; the cost is a straight line within each (up to rounding) and may jump
 * between them.
 */
pieces: Array<CurvePiece>, };

/**
 * A piece of a curve: its ends and the (rounded) cost there.
 */
export type CurvePiece = { 
/**
 * First value.
 */
from: number, 
/**
 * Last value, inclusive.
 */
to: number, 
/**
 * Cost at `from`.
 */
cost_from: string, 
/**
 * Cost at `to`.
 */
cost_to: string, };

/**
 * One problem in one place of one file.
 */
export type Diagnostic = { 
/**
 * The file, as the user named it.
 */
file: string, 
/**
 * Line, 1-based; `None` when the problem is the whole file (it cannot be read).
 */
line: number | null, 
/**
 * Column, 1-based, in characters.
 */
column: number | null, 
/**
 * The field, as a dotted path (`outcomes.agent.testdrive`, `versions[1].plans[0].charges[2]`).
 */
field: string, 
/**
 * What is wrong and, where it helps, what to write instead.
 */
message: string, };

/**
 * A discount: `percent` of, or `amount` off, the plan fee or the total before VAT.
 */
export type Discount = { 
/**
 * More than 0, at most 100.
 */
percent: string, 
/**
 * What it is taken from.
 */
on: DiscountOn, } | { 
/**
 * More than 0.
 */
amount: string, 
/**
 * What it is taken from.
 */
on: DiscountOn, };

/**
 * What a discount is taken from.
 */
export type DiscountOn = "plan_fee" | "total";

/**
 * A dispute to write.
 */
export type DisputeAsk = { 
/**
 * The invoice as the form has it: checked again, so what is written is what it gives.
 */
invoice: EnteredInvoice, 
/**
 * `csv`, `pdf` or `html`.
 */
format: string, 
/**
 * The reader's language.
 */
language: Language, };

/**
 * An invoice as typed into a form.
 */
export type EnteredInvoice = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * The month billed, `YYYY-MM`.
 */
month: string, 
/**
 * The billed lines, in the invoice's order; lines left wholly empty are not lines.
 */
lines: Array<EnteredLine>, 
/**
 * The invoice's number, for the dispute to name it; may be empty.
 */
number: string, 
/**
 * Who the invoice bills (the customer disputing it), for the dispute's sender; may be empty.
 */
customer: string, };

/**
 * One billed line as typed.
 */
export type EnteredLine = { 
/**
 * The invoice's wording.
 */
description: string, 
/**
 * Units billed, a decimal number with a point (`105`, `2.5`).
 */
quantity: string, 
/**
 * Amount billed, a decimal number with a point (`18.90`, `-5.00` for a credit).
 */
amount: string, 
/**
 * What kind of line it is (`plan_fee`, `overage`, `tier`, `subscription`, `passthrough`),
 * or empty: then the wording alone finds its line.
 */
code: string, };

/**
 * One thing that would explain a line's difference, or why a line has no counterpart.
 */
export type Explanation = { "kind": "no_such_line" } | { "kind": "billed_twice", 
/**
 * The quote's wording of the line.
 */
line: string, } | { "kind": "not_invoiced" } | { "kind": "units", 
/**
 * More, else fewer.
 */
more: boolean, 
/**
 * How many more or fewer.
 */
units: string, } | { "kind": "too_far", 
/**
 * The quantity billed.
 */
quantity: string, } | { "kind": "unit_price", 
/**
 * The quantity billed.
 */
quantity: string, 
/**
 * The card's unit price.
 */
unit_price: string, 
/**
 * What the quantity costs at that price.
 */
would_be: string, } | { "kind": "too_large", 
/**
 * The quantity billed.
 */
quantity: string, 
/**
 * The card's unit price.
 */
unit_price: string, } | { "kind": "points", 
/**
 * Billing that much more usage, else leaving it out.
 */
billing: boolean, 
/**
 * The usage (`contacts.engaged`, `outcomes.agent.test_drive`).
 */
usage: UsageKey, 
/**
 * How many units of it.
 */
count: number, 
/**
 * Its points each.
 */
each: number, } | { "kind": "bot_at_agent", 
/**
 * The outcome (`test_drive`).
 */
outcome: string, 
/**
 * How many.
 */
count: number, 
/**
 * The agent's points for it.
 */
agent_points: number, };

/**
 * What to export.
 */
export type Export = { "kind": "quote_csv", 
/**
 * The scenario's TOML, as the form holds it.
 */
text: string, } | { "kind": "breakeven_chart", 
/**
 * The image's format.
 */
format: ChartFormat, 
/**
 * The scenario's TOML, as the form holds it: the counts not varied stay as it gives them.
 */
text: string, 
/**
 * The count varied.
 */
axis: string, 
/**
 * Its first value.
 */
from: number, 
/**
 * Its last value.
 */
to: number, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, } | { "kind": "fan_chart", 
/**
 * The image's format.
 */
format: ChartFormat, 
/**
 * The scenario's TOML, as the form holds it: the counts not varied stay as it gives them.
 */
text: string, 
/**
 * The count varied.
 */
axis: string, 
/**
 * Its first value.
 */
from: number, 
/**
 * Its last value.
 */
to: number, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, } | { "kind": "rated_log_csv" } | { "kind": "simulation_chart", 
/**
 * The image's format.
 */
format: ChartFormat, 
/**
 * The scenario's TOML, as the form holds it: its month is the first simulated.
 */
text: string, 
/**
 * How many months are simulated, 1 to 600.
 */
months: number, 
/**
 * Growth in percent a month: every count's, unless its group has its own below.
 */
growth: string, 
/**
 * The contacts' own growth (`None` or empty: `growth`).
 */
growth_contacts?: string, 
/**
 * The outcomes' own growth (`None` or empty: `growth`).
 */
growth_outcomes?: string, 
/**
 * The WhatsApp units' own growth (`None` or empty: `growth`).
 */
growth_whatsapp?: string, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, } | { "kind": "cumulative_chart", 
/**
 * The image's format.
 */
format: ChartFormat, 
/**
 * The scenario's TOML, as the form holds it: its month is the first simulated.
 */
text: string, 
/**
 * How many months are simulated, 1 to 600.
 */
months: number, 
/**
 * Growth in percent a month: every count's, unless its group has its own below.
 */
growth: string, 
/**
 * The contacts' own growth (`None` or empty: `growth`).
 */
growth_contacts?: string, 
/**
 * The outcomes' own growth (`None` or empty: `growth`).
 */
growth_outcomes?: string, 
/**
 * The WhatsApp units' own growth (`None` or empty: `growth`).
 */
growth_whatsapp?: string, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, } | { "kind": "simulation_csv", 
/**
 * The scenario's TOML, as the form holds it: its month is the first simulated.
 */
text: string, 
/**
 * How many months are simulated, 1 to 600.
 */
months: number, 
/**
 * Growth in percent a month: every count's, unless its group has its own below.
 */
growth: string, 
/**
 * The contacts' own growth (`None` or empty: `growth`).
 */
growth_contacts?: string, 
/**
 * The outcomes' own growth (`None` or empty: `growth`).
 */
growth_outcomes?: string, 
/**
 * The WhatsApp units' own growth (`None` or empty: `growth`).
 */
growth_whatsapp?: string, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, };

/**
 * An error as the page sees it.
 */
export type Failure = { 
/**
 * What kind of failure, so the page knows where to show it.
 */
kind: FailureKind, 
/**
 * A sentence for people.
 */
message: string, 
/**
 * For `invalid`: each problem with its field (a dotted path such as `contacts.engaged`) and
 * line, so the page can show it beside the field.
 */
problems: Array<Problem>, };

/**
 * Kinds of failures.
 */
export type FailureKind = "invalid" | "io" | "cancelled" | "pricing" | "internal";

/**
 * Each plan's cost along one count, as bands.
 */
export type Fan = { 
/**
 * The count varied (`contacts.engaged`).
 */
axis: string, 
/**
 * Its first value.
 */
from: number, 
/**
 * Its last value, inclusive.
 */
to: number, 
/**
 * The display currency every cost is in.
 */
currency: Currency, 
/**
 * Months sampled at each point (1 when the scenario has no other range: the bands are lines).
 */
samples: number, 
/**
 * The counts of the axis sampled at, in order.
 */
points: Array<number>, 
/**
 * The axis count's own range in the scenario, when it has one: the stretch the chart shades.
 */
range?: SampledCount, 
/**
 * Each plan that ranks somewhere on the axis, in the order they first rank along it.
 */
plans: Array<FanPlan>, };

/**
 * One plan's band.
 */
export type FanPlan = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * The points where the plan ranks and prices at least one sampled month, in axis order.
 */
points: Array<FanPoint>, };

/**
 * A plan's cost at one count of the axis, over the months sampled there.
 */
export type FanPoint = { 
/**
 * The axis count.
 */
at: number, 
/**
 * One sampled month in ten costs less.
 */
p10: string, 
/**
 * Half the sampled months cost less: the median, which need not be the quote's own cost.
 */
p50: string, 
/**
 * One sampled month in ten costs more.
 */
p90: string, };

/**
 * One figure of a plan, as the form shows it.
 */
export type Figure = { 
/**
 * Where it stands in the plan.
 */
at: FigureAt, 
/**
 * Its place as the loader names it (`versions[1].plans[0].charges[2].unit_price`), so that a
 * problem found when the edited card is checked can be shown beside it.
 */
field: string, 
/**
 * The invoice line's text (`Extra Chatpoints`), or the commitment's id (`annual`).
 */
line: string, 
/**
 * What the value counts: money in the card's currency, units, or percent.
 */
unit: FigureUnit, 
/**
 * The units one unit price buys (`1000` for "per 1,000 emails"); 1 elsewhere.
 */
per: number, 
/**
 * A tier's first and last unit (`None`: open), for [`FigureAt::Tier`].
 */
range: [number, number | null] | null, 
/**
 * The value as the card writes it (`"99.00"`, `"250"`), or `"unknown"`.
 */
value: string, 
/**
 * Where it comes from.
 */
source: Provenance, 
/**
 * False when the figure has its version's source rather than its own (judged by value: a
 * figure whose own source equals its version's is shown as having the version's).
 */
own_source: boolean, };

/**
 * Where a figure stands in its plan.
 */
export type FigureAt = { "kind": "fee", 
/**
 * The charge's index in the plan's `charges`.
 */
charge: number, } | { "kind": "included", 
/**
 * The charge's index in the plan's `charges`.
 */
charge: number, } | { "kind": "unit_price", 
/**
 * The charge's index in the plan's `charges`.
 */
charge: number, } | { "kind": "tier", 
/**
 * The charge's index in the plan's `charges`.
 */
charge: number, 
/**
 * The tier's index in the charge's `tiers`.
 */
tier: number, } | { "kind": "discount", 
/**
 * The commitment's index in the plan's `billing.commitments`.
 */
commitment: number, };

/**
 * A figure changed in the form: its new value and source.
 */
export type FigureEdit = { 
/**
 * The version's index in the card.
 */
version: number, 
/**
 * The plan's index in its version.
 */
plan: number, 
/**
 * Where the figure stands in the plan.
 */
at: FigureAt, 
/**
 * The new value, as the card writes it (`"120.00"`, `"400"`, `"unknown"` for a price).
 */
value: string, 
/**
 * Its status: `user` for the user's own figure, or one a card may write.
 */
status: Status, 
/**
 * Where it comes from, in words; empty for none (a changed value then says what it was).
 */
note: string, };

/**
 * What a figure's value is.
 */
export type FigureUnit = "money" | "count" | "percent";

/**
 * The ECB's rates ready to import: what they change, and the files they write.
 */
export type FxImport = { 
/**
 * The file read, as named.
 */
file: string, 
/**
 * Every currency kept, by code.
 */
currencies: Array<CurrencyImport>, 
/**
 * The file's columns pricesim does not know, left out.
 */
left_out: Array<string>, 
/**
 * The rates of `fx.toml` (and of other tables) the import takes out, described.
 */
replaced: Array<string>, 
/**
 * How many rates the table holds.
 */
rates: number, 
/**
 * The files written, relative to the cards folder.
 */
writes: Array<string>, 
/**
 * The cards folder the files are written into, as a path to show.
 */
folder: string, 
/**
 * True when the folder is made from the shipped cards first.
 */
new_folder: boolean, };

/**
 * The rates held between two currencies (one direction, as written).
 */
export type FxPair = { 
/**
 * The newest rate, with its date and source.
 */
latest: Conversion, 
/**
 * The first day a rate of the pair is dated.
 */
first: string, 
/**
 * How many rates of the pair are held.
 */
rates: number, };

/**
 * The exchange rates as the rate-card screen shows them: each pair's latest rate, and the file
 * to edit.
 */
export type FxView = { 
/**
 * The file's name (`fx.toml`).
 */
file: string, 
/**
 * True when this is the user's edited copy (or an import changed it).
 */
edited: boolean, 
/**
 * The file's TOML text.
 */
text: string, 
/**
 * Each pair of currencies with a rate, in the order of the currencies' codes.
 */
pairs: Array<FxPair>, };

/**
 * How far one count can move, the rest held, before the cheapest plan is no longer the
 * cheapest: from `pricesim breakeven` along that count, exactly.
 */
export type Headroom = { 
/**
 * The count that moves (`contacts.engaged`); the others stay at their expected values.
 */
usage: UsageKey, 
/**
 * Where it starts: its expected count, the one the quote is priced at.
 */
expected: number, 
/**
 * Upwards: where another plan becomes cheaper; `None` when none does up to `searched_to`.
 */
up?: Move, 
/**
 * Downwards: where another plan is cheaper below; `None` when the plan stays cheapest down to 0.
 */
down?: Move, 
/**
 * How far up the count was followed.
 */
searched_to: number, };

/**
 * How a payee accounts for work.
 */
export type How = "priced" | "included" | "free";

/**
 * Which log, read how.
 */
export type ImportAsk = { 
/**
 * `whatsapp` (timestamp,contact,direction,type,category,origin) or `usage`
 * (timestamp,contact,event,actor[,quantity]).
 */
kind: LogKind, 
/**
 * The account's time zone (IANA name): months turn over at its midnight.
 */
timezone: string, 
/**
 * The currency of the summary: WhatsApp rates are in USD (some in EUR); a usage log's plans
 * are compared in this currency.
 */
currency: string, 
/**
 * Skip rows that cannot be read (counted, the first ones listed) instead of stopping.
 */
skip_invalid: boolean, };

/**
 * A log rated.
 */
export type Imported = { "kind": "whatsapp", 
/**
 * The log read, to say so and to name its export.
 */
path: string, 
/**
 * Per month, market and category.
 */
report: LogReport, } | { "kind": "usage", 
/**
 * The log read, to say so and to name its export.
 */
path: string, 
/**
 * Per month: the usage and every plan's quote.
 */
report: UsageReport, 
/**
 * The derived usage as a scenario's TOML (later months as `[[months]]`), to open in the
 * form.
 */
scenario: string, };

/**
 * The user's own unit cost of work a plan does not sell, in the scenario's currency, by the key
 * written under `[in_house]`: `outcomes.<actor>.*` (any outcome of that actor),
 * `outcomes.<actor>.<name>` (one outcome, before its actor's `*`), `email.sent`,
 * `agents.livechat`. Plans that do not sell the work are priced with these on in-house lines,
 * flagged as the user's own estimate.
 */
export type InHouse = Record<string, string>;

/**
 * An `[in_house]` cost that would let a quote rank, and the uncovered work it would price.
 */
export type InHouseNeed = { 
/**
 * The key to give under `[in_house]` (`outcomes.bot.*`, `email.sent`).
 */
key: string, 
/**
 * The work it would price, in words (`20 test drives`).
 */
work: Array<string>, };

/**
 * The literal `"included"`.
 */
export type IncludedTag = "included";

/**
 * One invoice checked against the log's quote for its plan and month, line by line.
 */
export type InvoiceCheck = { 
/**
 * The plan, as `vendor/plan`, as the invoice names it.
 */
plan: string, 
/**
 * The month billed, as the invoice gives it.
 */
month: Month, 
/**
 * True when every line matches and nothing is missing on either side.
 */
matches: boolean, 
/**
 * The currency of the amounts: the plan's billing currency, as the log's quote has it
 * (`None` when the check could not be made).
 */
currency: string | null, 
/**
 * Line by line.
 */
lines: Array<LineCheck>, 
/**
 * The invoice's lines added up.
 */
billed_total: string | null, 
/**
 * What the log's usage costs on the lines compared (those billed and those not invoiced).
 */
log_total: string | null, 
/**
 * `billed_total` less `log_total`: more than zero, the invoice asks for more than the log
 * gives; `None` when a sum is too large to compute.
 */
difference: string | null, 
/**
 * What the check could not do (no such plan or month in the log).
 */
problem?: string, };

/**
 * What an invoice line charges for, in parts a translation can use.
 */
export type Item = { "kind": "fee" } | { "kind": "extra", 
/**
 * The meter: `points` or a usage key.
 */
of: string, 
/**
 * The card's name for its points (`Chatpoints`); the usage key otherwise.
 */
unit: string, 
/**
 * Units per block sold.
 */
per: number, } | { "kind": "range", 
/**
 * The usage the ranges are over, as its key (`contacts.engaged`).
 */
of: string, 
/**
 * The last unit of the range before it.
 */
above: number, 
/**
 * The range's last unit; `None` for the open last one.
 */
up_to: number | null, } | { "kind": "whatsapp", 
/**
 * `marketing`, `utility`, `authentication`, `service`.
 */
category: string, 
/**
 * Conversations or messages.
 */
messages: boolean, 
/**
 * The market's name as Meta gives it.
 */
market: string, 
/**
 * The scenario's countries in the market.
 */
countries: Array<string>, 
/**
 * The volume tier's first unit of the month, when the rate is a tier's.
 */
from_unit: number | null, } | { "kind": "in_house", 
/**
 * The work done in-house, as its usage key; priced at the scenario's `[in_house]`
 * estimate.
 */
usage: UsageKey, } | { "kind": "other" };

/**
 * A language the document (and the app) is written in.
 */
export type Language = "en" | "nl" | "fr" | "de";

/**
 * One invoice line.
 */
export type Line = { 
/**
 * What kind of line: `plan_fee`, `overage`, `tier`, `subscription`, `passthrough` (the
 * vendor's), `whatsapp` (Meta's, paid directly), `in_house` (the user's own cost).
 */
code: string, 
/**
 * Who it is paid to.
 */
payee: Payee, 
/**
 * The currency of its amounts: the plan's for the vendor's lines, Meta's for Meta's, the
 * scenario's for in-house ones.
 */
currency: Currency, 
/**
 * The line's text as the vendor's invoice would put it.
 */
description: string, 
/**
 * How many units.
 */
quantity: string, 
/**
 * Price of one unit, unrounded (WhatsApp rates have four decimals).
 */
unit_price: string, 
/**
 * `quantity × unit_price`, rounded once to the minor unit.
 */
amount: string, 
/**
 * Where the unit price comes from.
 */
source: Provenance, 
/**
 * What the line charges for, as data, so that a document can name it in its reader's
 * language; `description` is the same in the vendor's words. Left out when only those
 * describe it.
 */
item?: Item, };

/**
 * One line compared.
 */
export type LineCheck = { 
/**
 * The invoice's wording, or the quote's for a line the invoice lacks.
 */
description: string, 
/**
 * `matches`, `differs`, `not_in_log` (billed, but the log's quote has no such line) or
 * `not_invoiced` (the log's quote has it, the invoice does not).
 */
status: string, 
/**
 * Units: billed, and as the log counts them.
 */
billed_quantity: string | null, 
/**
 * Units as the log counts them.
 */
log_quantity: string | null, 
/**
 * Amount billed.
 */
billed_amount: string | null, 
/**
 * Amount from the log.
 */
log_amount: string | null, 
/**
 * The amount billed less the log's: a line not in the log counts all it bills, a line not
 * invoiced all the log gives, negated; `None` when it is too large to compute.
 */
difference: string | null, 
/**
 * What in the log would explain the difference, in the command line's words (`reasons`
 * worded).
 */
why?: Array<string>, 
/**
 * The same, as data, for a front end or a document to word in its reader's language.
 */
reasons?: Array<Explanation>, };

/**
 * Lines read from a CSV file.
 */
export type LinesRead = { 
/**
 * The file the lines were read from, to say so.
 */
path: string, 
/**
 * Its lines, each field as the file gives it.
 */
lines: Array<EnteredLine>, };

/**
 * A scenario file's text, and where it came from (`None`: not saved yet).
 */
export type Loaded = { 
/**
 * The file it was read from, for the title and Save; `None` for an example or a new one.
 */
path: string | null, 
/**
 * Its TOML text.
 */
text: string, };

/**
 * The two logs the core reads.
 */
export type LogKind = "whatsapp" | "usage";

/**
 * Units of one category in one market in one month.
 */
export type LogLine = { 
/**
 * The market's name.
 */
market: string, 
/**
 * The category the units are priced in (by who started the conversation, under 2022's rules).
 */
category: Category, 
/**
 * Charged units.
 */
billable: number, 
/**
 * Free units.
 */
free: number, 
/**
 * Free units by reason (`free_tier`, `free_entry_point`, `customer_service_window`,
 * `not_charged`); reasons with none are left out.
 */
free_by_reason: { [key in Reason]?: number }, 
/**
 * The rate per unit; `null` when not known.
 */
unit_price: string | null, 
/**
 * `billable × unit_price`, rounded once; `null` when the rate is not known.
 */
amount: string | null, 
/**
 * For a volume-tier line, the first unit of the month it covers.
 */
tier_from?: number, 
/**
 * Where the rate comes from.
 */
source?: Provenance, };

/**
 * The answer of `pricesim rate-log whatsapp`, in the contract's JSON shape.
 */
export type LogReport = { 
/**
 * The currency of every amount, as asked: Meta's rates in it, or derived from another
 * currency's where the card says so; nothing is converted afterwards.
 */
currency: Currency, 
/**
 * The account time zone months and free tiers turned over in.
 */
timezone: string, 
/**
 * Data rows in the file (blank lines are not rows).
 */
rows_read: number, 
/**
 * Rows that could not be read and were skipped (`--skip-invalid`).
 */
rows_skipped: number, 
/**
 * The first skipped rows, with why.
 */
skipped?: Array<Diagnostic>, 
/**
 * Free-form messages sent with no customer service window open, which Meta refuses:
 * reported, never billed or guessed at.
 */
refused: RefusedReport, 
/**
 * Each month (and pricing version, should one start mid-month), in order.
 */
months: Array<MonthReport>, 
/**
 * The sum of the months' totals.
 */
total: string, 
/**
 * True when some billable units have no known rate, so `total` leaves them out.
 */
incomplete: boolean, 
/**
 * What a reader must know about these figures.
 */
warnings: Array<Warning>, };

/**
 * A Meta rate card ready to import: what it changes, and the files it writes.
 */
export type MetaImport = { 
/**
 * The file read, as named.
 */
file: string, 
/**
 * The currency its rates are in, as the file says: they are compared with the card's rates
 * in it, and written to `rates-<currency>-<effective>.csv`.
 */
currency: Currency, 
/**
 * The first day its rates are in force, as given: the new rows' `effective_from`; the rates
 * in force the day before are what they are compared with.
 */
effective: string, 
/**
 * How many markets it gives.
 */
markets: number, 
/**
 * Every rate that changes against the rates in force the day before, by market and category.
 */
changes: Array<RateChange>, 
/**
 * How many of the file's rates are the same as the day before's.
 */
unchanged: number, 
/**
 * The card's markets the file does not give: their rates stay.
 */
absent: Array<string>, 
/**
 * Rows the card already had for that date and currency, replaced.
 */
replaced: Array<Replaced>, 
/**
 * The files written, relative to the cards folder.
 */
writes: Array<string>, 
/**
 * The cards folder the files are written into, as a path to show.
 */
folder: string, 
/**
 * True when the folder is made from the shipped cards first.
 */
new_folder: boolean, };

/**
 * What one quota counted.
 */
export type MeterUse = { 
/**
 * `points` or a usage name.
 */
of: string, 
/**
 * The unit's name for people (`Chatpoints`, `agents.livechat`).
 */
unit: string, 
/**
 * Units used.
 */
used: number, 
/**
 * Units included in the plan.
 */
included: number, 
/**
 * Units above `included`, billed on the overage line.
 */
over: number, 
/**
 * For points: the usage behind `used`.
 */
basis?: Array<Basis>, };

/**
 * A calendar month of the proleptic Gregorian calendar.
 *
 * INVARIANT: `first` is the first day of the month, so every `Month` is a real month.
 */
export type Month = string;

/**
 * One month under one pricing version.
 */
export type MonthReport = { 
/**
 * The account's month.
 */
month: Month, 
/**
 * The `effective_from` of the pricing version.
 */
version: string, 
/**
 * What `billable` and `free` count: `conversation` or `message`.
 */
unit: string, 
/**
 * By market, then category.
 */
lines: Array<LogLine>, 
/**
 * The sum of the lines' amounts.
 */
total: string, 
/**
 * True when a line's amount is unknown.
 */
incomplete: boolean, };

/**
 * Counts a `[[months]]` table sets for one month: they replace the grown counts of the same
 * names; every other count follows the growth rule.
 */
export type MonthUsage = { 
/**
 * The simulated month whose counts it sets; one outside the horizon sets nothing.
 */
month: Month, 
/**
 * The counts it sets.
 */
usage: Usage, };

/**
 * Where, along one count, another plan takes over as the cheapest.
 */
export type Move = { 
/**
 * Up: the first count at which `plan` is cheaper (a crossing's `at` in `pricesim breakeven`).
 * Down: the highest count at which `plan` is the cheapest.
 */
at: number, 
/**
 * The plan cheapest there, as `vendor/plan`.
 */
plan: string, 
/**
 * How far that is from the expected count, in percent of it (1 decimal; up positive, down
 * negative).
 */
percent: string, };

/**
 * The next dated price change the comparison's cards already hold, and what the same usage
 * costs under it.
 */
export type NextChange = { 
/**
 * The day the new versions take effect: the earliest `effective_from` of the comparison's
 * cards after the quoted month begins.
 */
date: string, 
/**
 * The first month priced under them (a change on a later day than the 1st applies from
 * the month after).
 */
month: Month, 
/**
 * The cards whose version changes that day (`meta`).
 */
cards: Array<string>, 
/**
 * Each plan of the comparison, in its order, priced then.
 */
quotes: Array<After>, 
/**
 * True when the ranked plans come in another order then (or another plan is cheapest).
 */
ranking_changes: boolean, };

/**
 * The plans of a simulation in the order its table and charts show them, and the switch worth
 * making, if any.
 */
export type Overview = { 
/**
 * Every plan quoted in some month: first in the order the first month's comparison ranks them
 * (cheapest first, then the unranked ones), then the plans first quoted in a later month, in
 * the order they appear. The order stays put as costs move, so a column is always the same plan.
 */
columns: Array<Column>, 
/**
 * The best switch from the first month's cheapest plan, when one saves money.
 */
switch?: Switch, };

/**
 * Who a line is paid to.
 */
export type Payee = "vendor" | "meta" | "in_house";

/**
 * One payee's lines added up, in their currency.
 */
export type PayeeTotal = { 
/**
 * Whose lines.
 */
payee: Payee, 
/**
 * Their currency.
 */
currency: Currency, 
/**
 * Their sum.
 */
total: string, };

/**
 * The days one invoice covers: `from` inclusive, `to` exclusive (the next billing date).
 */
export type Period = { 
/**
 * The billing date, the first day covered: the start's day of the month, or the month's last
 * day when it has no such day.
 */
from: string, 
/**
 * The next billing date, not covered.
 */
to: string, };

/**
 * A plan's figures, in the order its charges are written.
 */
export type PlanFigures = { 
/**
 * The version's index in the card.
 */
version: number, 
/**
 * The version's first day in force.
 */
effective_from: string, 
/**
 * The plan's index in its version.
 */
plan: number, 
/**
 * The plan's id.
 */
id: string, 
/**
 * The plan's name.
 */
name: string, 
/**
 * Its figures; a plan that only passes another card's fees on has none.
 */
figures: Array<Figure>, };

/**
 * A plan's cost over the horizon.
 */
export type PlanTotal = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * The currency `total` is in: the plan's billing currency, as its quotes'.
 */
currency: Currency, 
/**
 * The sum of its months' quote totals, in `currency`, unconverted.
 */
total: string, 
/**
 * True when some month's quote was incomplete.
 */
incomplete: boolean, 
/**
 * For a wallet plan: what its card is charged over the horizon.
 */
card_charged?: string, 
/**
 * What the scenario costs on the plan over the horizon, in the display currency, all payees
 * together (the sum of the months' `cost.total`); `None` when some month's is not known.
 */
cost: string | null, };

/**
 * Points per unit in a breakdown: a number, or "included" (offered at no points).
 */
export type PointsEach = number | IncludedTag;

/**
 * What the comparison's prices are as of.
 */
export type PricesAsOf = { 
/**
 * Each card used, by vendor id.
 */
cards: Array<CardAsOf>, 
/**
 * Each exchange rate used, once.
 */
exchange: Array<Conversion>, };

/**
 * One problem of an input, where the core found it.
 */
export type Problem = { 
/**
 * The dotted field.
 */
field: string, 
/**
 * The file it is in, as the core names it (`scenario.toml`, `meta/rates-usd.csv`): a card's
 * problem may be in one of its tables, not in the text being edited.
 */
file?: string, 
/**
 * The line in that file, when known.
 */
line: number | null, 
/**
 * The column, in characters, when known.
 */
column?: number, 
/**
 * What is wrong.
 */
message: string, };

/**
 * Where a price comes from.
 *
 * Every line of every quote carries its price's provenance, so its texts are shared (`Arc<str>`),
 * not copied: a clone is a count, not an allocation.
 */
export type Provenance = { 
/**
 * How far the figure can be trusted.
 */
status: Status, 
/**
 * The page it was read from.
 */
url?: string, 
/**
 * When the page was read or dated.
 */
date?: string, 
/**
 * Anything a reader should know.
 */
note?: string, };

/**
 * One plan priced for one scenario.
 *
 * INVARIANT: `total` is the sum of the lines' `amount`s, each already rounded to the currency's
 * minor unit; nothing is rounded after summing.
 */
export type Quote = { 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * The billing currency: the rate card's.
 */
currency: Currency, 
/**
 * The total in `currency`.
 */
total: string, 
/**
 * The total in the scenario's display currency; `None` when no exchange rate is known.
 */
total_in_display_currency: string | null, 
/**
 * The invoice lines, in the card's charge order.
 */
lines: Array<Line>, 
/**
 * What a reader must know about this total.
 */
warnings: Array<Warning>, 
/**
 * True when usage needed a price that is not known, so `total` leaves something out.
 */
incomplete: boolean, 
/**
 * The plan's name for people.
 */
plan_name: string, 
/**
 * The `effective_from` of the rate-card version used.
 */
version: string, 
/**
 * What each quota counted: used, included, over, and the usage behind it.
 */
meters?: Array<MeterUse>, 
/**
 * For a plan with a prepaid wallet: the month's balance, top-ups and card charges.
 */
wallet?: WalletMonth, 
/**
 * The exchange rate `total_in_display_currency` was converted at, when the plan bills in
 * another currency than the display one.
 */
exchange?: Conversion, 
/**
 * For a subscription billed on its anniversary: the billing period this invoice covers.
 */
period?: Period, 
/**
 * `cost.total` per unit of the scenario's main usage.
 */
unit_costs?: UnitCosts, 
/**
 * Everything this plan costs the user for the whole scenario, in the display currency, by
 * payee; `None` when a price is unknown, work is uncovered, or a part cannot be converted.
 */
cost: Cost | null, 
/**
 * 1, 2, … by `cost.total` among the comparison's quotes that have a cost; `None` for the
 * others.
 */
rank: number | null, 
/**
 * Work no line accounts for, each also named in a warning.
 */
uncovered: Array<Uncovered>, 
/**
 * How every other non-zero quantity of work is accounted for: on whose lines, and how.
 */
coverage?: Array<Covered>, 
/**
 * For a ranked quote of a scenario with ranges: its cost over them (docs/UNCERTAINTY.md).
 */
spread?: Spread, 
/**
 * For a ranked quote of a scenario with ranges: the share of sampled months in which it is
 * the cheapest, 0 to 1 with 4 decimals; the ranked quotes' chances add up to 1.
 */
chance_cheapest?: string, 
/**
 * For a ranked quote whose cards' versions rest on unverified rules or prices: its cost
 * under their other readings (docs/UNCERTAINTY.md).
 */
assumptions?: Assumptions, };

/**
 * What to make the document of.
 */
export type QuoteAsk = { 
/**
 * The scenario, with its `[quote]` details.
 */
text: string, 
/**
 * The scenario's file, when saved: a logo's path is relative to its folder.
 */
path: string | null, 
/**
 * `pdf` or `html`.
 */
format: string, 
/**
 * The language, over `[quote] language`.
 */
language: Language | null, };

/**
 * The quote document's details, as given under `[quote]`.
 */
export type QuoteDetails = { 
/**
 * The prospect (`Garage Jansen B.V.`).
 */
customer?: string, 
/**
 * The sales rep who sends it, named in the sender's lines after the company.
 */
prepared_by?: string, 
/**
 * The rep's company.
 */
company?: string, 
/**
 * The rep's email address.
 */
email?: string, 
/**
 * A PNG or SVG file shown at the top, relative to the scenario file.
 */
logo?: string, 
/**
 * The quote's number (`Q-2026-0142`).
 */
number?: string, 
/**
 * The date it is made; today when not given.
 */
date?: string, 
/**
 * How many days it is valid from its date; [`QuoteDetails::DEFAULT_VALID_DAYS`] when not given.
 */
valid_days?: number, 
/**
 * The plans it offers (`web1on1/grow`); the cheapest ranked plan when empty.
 */
plans?: Array<string>, 
/**
 * Whether an appendix ranks every other plan for the same usage.
 */
compare?: boolean, 
/**
 * A discount on the plan fee or on the total; one larger than what it is taken from is cut
 * to it, and the rep is warned.
 */
discount?: Discount, 
/**
 * VAT: a country's rate, or reverse charge; none shown when not given.
 */
vat?: Vat, 
/**
 * The document's language; English when not given.
 */
language?: Language, };

/**
 * A document saved, and what the rep must check before sending it.
 */
export type QuoteSaved = { 
/**
 * Where it was saved.
 */
path: string, 
/**
 * Prices that are examples or unverified, a discount cut down: for the rep, not the prospect.
 */
warnings: Array<string>, };

/**
 * One count's range.
 *
 * INVARIANT: `low <= expected <= high` (the loader refuses anything else).
 */
export type Range = { 
/**
 * The fewest the month may bring.
 */
low: number, 
/**
 * The count the quote is priced at: the most likely.
 */
expected: number, 
/**
 * The most the month may bring.
 */
high: number, 
/**
 * The count this one moves with, drawn at the same quantile.
 */
scale_with?: UsageKey, };

/**
 * The scenario's ranges by count; counts not here are points.
 */
export type Ranges = { [key in UsageKey]?: Range };

/**
 * A rate that changes with the import.
 */
export type RateChange = { 
/**
 * The market's name, as Meta's rate files write it (`Brazil`).
 */
market: string, 
/**
 * Which of the market's rates changes (`marketing` … `service`).
 */
category: Category, 
/**
 * The rate in force the day before (`0.0501`, `?` when unknown, `n/a`).
 */
before: string, 
/**
 * The file's rate.
 */
after: string, 
/**
 * The change in percent, one decimal, when both are prices and the old one is not zero.
 */
percent: string | null, };

/**
 * Which file to import.
 */
export type RateFile = "meta" | "ecb";

/**
 * An import worked out and not yet applied: what it changes and the files it writes.
 */
export type RateImport = { "kind": "meta", 
/**
 * What applying it would change, market by market.
 */
report: MetaImport, } | { "kind": "ecb", 
/**
 * What applying it would change, currency by currency.
 */
report: FxImport, };

/**
 * What to import.
 */
export type RateImportAsk = { 
/**
 * Which file.
 */
kind: RateFile, 
/**
 * For Meta's file, the first day its rates are in force (`YYYY-MM-DD`): Meta's files do not
 * say it.
 */
effective: string | null, };

/**
 * A reading and the quote's cost under it.
 */
export type ReadingCost = { 
/**
 * Its id (`applied`).
 */
id: string, 
/**
 * For people.
 */
label: string, 
/**
 * The cost under it; `None` when it is not known then.
 */
cost: string | null, };

/**
 * Why a unit was free.
 */
export type Reason = "free_tier" | "free_entry_point" | "customer_service_window" | "not_charged";

/**
 * Refused messages: how many, and the first ones.
 */
export type RefusedReport = { 
/**
 * How many.
 */
count: number, 
/**
 * The first ones, in time order.
 */
first: Array<RowRef>, };

/**
 * Rows of the card's other files that the import replaces (same date, currency and market).
 */
export type Replaced = { 
/**
 * The file, relative to the cards folder.
 */
file: string, 
/**
 * How many rows.
 */
rows: number, };

/**
 * A row of the log, for a person to find it.
 */
export type RowRef = { 
/**
 * Its line in the file (1 is the header), as an editor counts them.
 */
line: number, 
/**
 * The contact, `+…`.
 */
contact: string, 
/**
 * Its time, RFC 3339 in the account's time zone.
 */
timestamp: string, };

/**
 * A count the scenario gives as a range, as it was sampled.
 */
export type SampledCount = { 
/**
 * Which count varies (`contacts.engaged`).
 */
usage: UsageKey, 
/**
 * The fewest the month may bring: its range's bottom.
 */
low: number, 
/**
 * The count the lines are priced at: the peak of its triangular range.
 */
expected: number, 
/**
 * Its range's top.
 */
high: number, 
/**
 * The count it moves with, when tied.
 */
scale_with?: UsageKey, };

/**
 * The sampling behind every spread of a comparison, so a reader can repeat it.
 */
export type Sampling = { 
/**
 * Months sampled.
 */
samples: number, 
/**
 * The seed of the generator (fixed: the same answer on every run).
 */
seed: number, 
/**
 * The distribution each range is drawn from (`triangular`).
 */
distribution: string, 
/**
 * The counts that vary, with their ranges.
 */
ranges: Array<SampledCount>, };

/**
 * A scenario as loading checked it: rating trusts it and checks nothing again.
 */
export type Scenario = { 
/**
 * A name for people (`Dealer group NL`).
 */
name?: string, 
/**
 * The billing month; rate-card versions in force on its first day apply.
 */
month: Month, 
/**
 * The display currency comparisons are ranked in; `[in_house]` costs are in it too.
 */
currency: Currency, 
/**
 * The month's usage.
 */
usage: Usage, 
/**
 * Contract terms by vendor, then by term name.
 */
terms?: { [key in string]?: { [key in string]?: TermValue } }, 
/**
 * How a month's usage spreads over the days (for wallets), by weekday, Monday first; even
 * when not given. `[daily] weekdays = [...]`.
 */
weekdays?: [number, number, number, number, number, number, number], 
/**
 * Usage set for given months of a simulation, over the growth rule. `[[months]]`.
 */
months?: Array<MonthUsage>, 
/**
 * The user's own cost of work a plan does not sell. `[in_house]`.
 */
in_house?: InHouse, 
/**
 * Counts given as ranges (`{ low, expected, high }`); `usage` holds their `expected`.
 */
ranges?: Ranges, 
/**
 * What a quote document needs beyond the usage. `[quote]`.
 */
quote?: QuoteDetails, };

/**
 * One month of a simulation.
 */
export type SimulatedMonth = { 
/**
 * Which month: the scenario's, plus its place in the horizon; priced under the versions in
 * force then.
 */
month: Month, 
/**
 * Every plan priced, with wallets.
 */
quotes: Array<Quote>, 
/**
 * Cards left out because no version of theirs is in force in the month.
 */
notes?: Array<string>, };

/**
 * The answer of `pricesim simulate`, in the contract's JSON shape.
 */
export type Simulation = { 
/**
 * Each month's quotes, ranked as `quote` ranks them.
 */
months: Array<SimulatedMonth>, 
/**
 * Each plan's total over the horizon: those whose cost is known every month first, by that
 * cost; then the others by their own currency and total.
 */
totals: Array<PlanTotal>, };

/**
 * What a simulation runs.
 */
export type SimulationAsk = { 
/**
 * The scenario's TOML, as the form holds it: its month is the first simulated.
 */
text: string, 
/**
 * How many months are simulated, 1 to 600.
 */
months: number, 
/**
 * Growth in percent a month: every count's, unless its group has its own below.
 */
growth: string, 
/**
 * The contacts' own growth (`None` or empty: `growth`).
 */
growth_contacts?: string, 
/**
 * The outcomes' own growth (`None` or empty: `growth`).
 */
growth_outcomes?: string, 
/**
 * The WhatsApp units' own growth (`None` or empty: `growth`).
 */
growth_whatsapp?: string, 
/**
 * The plans (all when empty).
 */
plans: Array<string>, };

/**
 * Simulation's screen: the months, the plans in their fixed order with the switch worth
 * making, and the two charts.
 */
export type SimulationScreen = { 
/**
 * The core's answer.
 */
result: Simulation, 
/**
 * Its plans in the table's order, and the switch (`simulate::overview`).
 */
overview: Overview, 
/**
 * Each plan's cost month by month, as SVG markup.
 */
svg: string, 
/**
 * Each plan's cost to date, as SVG markup.
 */
cumulative_svg: string, };

/**
 * A stretch of the axis and the plan cheapest on it.
 */
export type Span = { 
/**
 * First value.
 */
from: number, 
/**
 * Last value, inclusive.
 */
to: number, 
/**
 * `vendor/plan`.
 */
plan: string, 
/**
 * True when the plan leaves usage out somewhere on the axis: cheapest only on paper.
 */
incomplete?: boolean, };

/**
 * A plan's cost over the scenario's ranges: percentiles of the sampled costs, and the cost with
 * every count at its low and at its high.
 */
export type Spread = { 
/**
 * The cost with every count at its `low`; `None` when it cannot be priced there.
 */
low: string | null, 
/**
 * The cost with every count at its `high`; `None` when it cannot be priced there.
 */
high: string | null, 
/**
 * How many months were sampled.
 */
samples: number, 
/**
 * How many of them this plan could not price (work uncovered or a price unknown at those
 * counts): the percentiles are over the others.
 */
unpriced?: number, 
/**
 * One sampled month in ten costs less.
 */
p10: string, 
/**
 * Half the sampled months cost less: the median, which need not be the quote's own cost.
 */
p50: string, 
/**
 * One sampled month in ten costs more.
 */
p90: string, };

/**
 * How far a price can be trusted. Anything but `published` and `contract` is flagged in quotes.
 */
export type Status = "published" | "derived" | "reconstructed" | "unverified" | "example" | "user" | "contract" | "estimate";

/**
 * How far a read has come.
 */
export type Step = { 
/**
 * The pass over the file: 1, or 2 when a log that is not in time order is read again to be
 * sorted.
 */
pass: number, 
/**
 * Bytes of the file read so far.
 */
done: number, 
/**
 * The file's size in bytes.
 */
total: number, };

/**
 * "Switching to `to` in `month` saves `saves` over the horizon."
 */
export type Switch = { 
/**
 * The first month's cheapest plan.
 */
from: string, 
/**
 * The plan to switch to.
 */
to: string, 
/**
 * The first month in which `to` costs strictly less than `from`: the switch takes effect then.
 */
month: Month, 
/**
 * What staying on `from` to the end costs more than moving to `to` in `month`: the sum, from
 * `month` to the last, of `from`'s monthly cost less `to`'s, in `currency`. Always above zero.
 */
saves: string, 
/**
 * The display currency.
 */
currency: Currency, };

/**
 * One switch and the quote's cost under each reading.
 */
export type SwitchCosts = { 
/**
 * The card that holds it (`meta`).
 */
card: string, 
/**
 * Its id (`service_allowance`).
 */
id: string, 
/**
 * What is not known.
 */
question: string, 
/**
 * Each reading, the card's own first.
 */
values: Array<ReadingCost>, };

/**
 * A scenario to start from.
 */
export type Template = { 
/**
 * `blank`, or an example's id (`dealer-nl`).
 */
id: string, 
/**
 * Its name (`Dealer group NL`).
 */
name: string, 
/**
 * What it is, from the example's opening comment.
 */
about: string, };

/**
 * What a contract term's value is written as: the scenario's value is read and checked as
 * this, and a form offers the matching input.
 */
export type TermKind = "money" | "count" | "date" | "choice";

/**
 * A contract term's value.
 */
export type TermValue = string | number | string | string;

/**
 * A contract term, for the scenario form.
 */
export type TermView = { 
/**
 * Its name under `[vendors.<vendor>]` (`enterprise_fee`), the key the form writes.
 */
name: string, 
/**
 * What kind of value it takes.
 */
kind: TermKind, 
/**
 * What it means.
 */
description: string, 
/**
 * A choice's values.
 */
values: Array<string>, };

/**
 * A day's top-ups: each one credit value, as many as that day's deductions needed.
 */
export type TopUpEvent = { 
/**
 * The day of the deductions that called for them (one event a day, however many top-ups).
 */
date: string, 
/**
 * The amount charged to the card that day: `count` credit values.
 */
amount: string, 
/**
 * How many top-ups.
 */
count: number, };

/**
 * Work no line accounts for: the quote has no cost and does not rank.
 */
export type Uncovered = { 
/**
 * The work no line accounts for, as its usage key.
 */
usage: UsageKey, 
/**
 * How much of it.
 */
quantity: number, 
/**
 * Why.
 */
why: Why, };

/**
 * Unit economics of a quote, in the display currency: the whole cost divided by each count
 * (so they do not add up), rounded half away from zero to 4 decimals. Display figures, not
 * amounts anyone bills.
 */
export type UnitCosts = { 
/**
 * Per engaged contact.
 */
per_engaged_contact?: string, 
/**
 * Per completed outcome (agent or bot).
 */
per_outcome?: string, 
/**
 * Per WhatsApp unit (conversation or message) of every category.
 */
per_whatsapp_unit?: string, };

/**
 * A month of usage: non-negative counts by usage name.
 *
 * Only what the user gave is stored; [`Usage::get`] applies the contract's defaults
 * (`contacts.active` and `contacts.database` follow `contacts.engaged` when not given), so that
 * varying engaged contacts on a breakeven axis moves the defaulted counts with it.
 */
export type Usage = { [key in UsageKey]?: number };

/**
 * A dotted usage name, such as `outcomes.agent.test_drive`.
 *
 * It keeps what its name says beside the name: which kind of usage it is, and its first 24 bytes
 * as three numbers. The rating looks keys up many times (a sampled scenario is rated thousands
 * of times), and nearly every comparison of two names is settled by those numbers without
 * comparing strings (`outcomes.agent.quotation` is where names part); the kind is known without
 * parsing the name again. Order, equality and hash are the name's: the extras follow from it.
 *
 * INVARIANT: built only by [`UsageKey::parse`] or the scenario loader, so it is well formed.
 */
export type UsageKey = string;

/**
 * One month of the log: what it adds up to, and every plan's price for it.
 */
export type UsageMonth = { 
/**
 * The calendar month, in the account's time zone, whose rows these are.
 */
month: Month, 
/**
 * The scenario's usage: `contacts.engaged` (distinct contacts with any row that month) and
 * `outcomes.agent.*`, `outcomes.bot.*`.
 */
usage: Usage, 
/**
 * Outcomes the customer's own staff completed: not billed as outcomes.
 */
staff_outcomes?: { [key in string]?: number }, 
/**
 * Every plan priced, cheapest first, with the points or units behind each line (`meters`).
 */
quotes: Array<Quote>, 
/**
 * The plan ranked 1, as `quote` ranks them; `None` when no quote has a cost.
 */
cheapest: string | null, 
/**
 * Cards left out because no version of theirs is in force in the month.
 */
notes?: Array<string>, };

/**
 * The answer of `pricesim rate-log usage`.
 */
export type UsageReport = { 
/**
 * The display currency of each month's comparison.
 */
currency: Currency, 
/**
 * Data rows in the file.
 */
rows_read: number, 
/**
 * Rows that could not be read and were skipped (`--skip-invalid`).
 */
rows_skipped: number, 
/**
 * The first skipped rows, with why.
 */
skipped?: Array<Diagnostic>, 
/**
 * Each calendar month of the log.
 */
months: Array<UsageMonth>, 
/**
 * With `--invoice`: each invoice checked against its month.
 */
checks?: Array<InvoiceCheck>, };

/**
 * VAT on the quote: a country's standard rate, or reverse charge (intra-EU business to business).
 */
export type Vat = string;

/**
 * A VAT rate the quote form offers.
 */
export type VatChoice = { 
/**
 * The country (`NL`).
 */
country: string, 
/**
 * Its standard rate in percent (`21`).
 */
percent: string, };

/**
 * One version of a card.
 */
export type VersionView = { 
/**
 * First day in force.
 */
effective_from: string, 
/**
 * Where its prices come from.
 */
source: Provenance, 
/**
 * Its plans as `(id, name)`.
 */
plans: Array<[string, string]>, };

/**
 * A wallet over one month, as a quote shows it.
 */
export type WalletMonth = { 
/**
 * The balance on the month's first day, before anything.
 */
opening: string, 
/**
 * The balance after the month's last deduction and top-up.
 */
closing: string, 
/**
 * Every top-up, in order.
 */
top_ups: Array<TopUpEvent>, 
/**
 * The first day the account would be blocked (its credit gone) had every top-up of the month
 * failed; `None` when the opening balance covers the month.
 */
blocked_from: string | null, 
/**
 * What was deducted this month (including costs of earlier months posted late).
 */
deducted: string, 
/**
 * Costs of this month not yet deducted at its end (posted late, in the next month).
 */
pending: string, 
/**
 * What the card is charged this month: the top-ups plus the lines not paid from the wallet.
 */
card_charged: string, };

/**
 * Something a quote's reader must know.
 */
export type Warning = { 
/**
 * What kind of warning.
 */
kind: WarningKind, 
/**
 * The sentence to show a person, in English; a program goes by `kind` instead.
 */
message: string, };

/**
 * Kinds of warnings, so a program can react without parsing sentences.
 */
export type WarningKind = "unpublished_price" | "unknown_price" | "not_offered" | "own_estimate" | "own_figure" | "no_exchange_rate" | "unpublished_rate" | "unverified_rule" | "unlisted_country" | "refused_message" | "skipped_rows" | "quota_reached" | "unknown_floor";

/**
 * Why work is uncovered.
 */
export type Why = "not_offered" | "unknown_price" | "quota_reached";
