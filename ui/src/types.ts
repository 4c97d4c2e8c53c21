// The IPC payloads, as the Rust side serialises them (pricesim's Quote, Comparison, Breakeven,
// Simulation, Scenario, and the app's Failure, Loaded, Cards). Money is a string holding a decimal,
// never a number.

export type Money = string;

export interface Provenance {
  status: "published" | "derived" | "reconstructed" | "unverified" | "example" | "contract";
  url?: string;
  date?: string;
  note?: string;
}

export interface Line {
  code: string;
  description: string;
  quantity: string;
  unit_price: Money;
  amount: Money;
  source: Provenance;
}

export interface Warning {
  kind: string;
  message: string;
}

export interface MeterUse {
  of: string;
  unit: string;
  used: number;
  included: number;
  over: number;
}

export interface TopUpEvent {
  date: string;
  amount: Money;
}

export interface WalletMonth {
  opening: Money;
  closing: Money;
  top_ups: TopUpEvent[];
  blocked_from: string | null;
  deducted: Money;
  pending: Money;
  card_charged: Money;
}

export interface Conversion {
  from: string;
  to: string;
  rate: string;
  date: string;
  source: Provenance;
}

export interface UnitCosts {
  per_engaged_contact?: Money;
  per_outcome?: Money;
  per_whatsapp_unit?: Money;
}

export interface Quote {
  plan: string;
  currency: string;
  total: Money;
  total_in_display_currency: Money | null;
  lines: Line[];
  warnings: Warning[];
  incomplete: boolean;
  plan_name: string;
  version: string;
  meters?: MeterUse[];
  wallet?: WalletMonth;
  exchange?: Conversion;
  period?: { from: string; to: string };
  unit_costs?: UnitCosts;
}

export interface Comparison {
  scenario: string;
  month: string;
  currency: string;
  quotes: Quote[];
  cheapest: string | null;
  cheapest_by_vendor: Record<string, string>;
  notes?: string[];
}

export type TermValue = string | number;

export interface Scenario {
  name?: string;
  month: string;
  currency: string;
  usage: Record<string, number>;
  terms?: Record<string, Record<string, TermValue>>;
  weekdays?: number[];
  months?: { month: string; usage: Record<string, number> }[];
}

export interface Compared {
  scenario: Scenario;
  comparison: Comparison;
}

export interface Span {
  from: number;
  to: number;
  plan: string;
  incomplete?: boolean;
}

export interface Crossing {
  at: number;
  below: string;
  from_here: string;
  cost_below: Money;
  cost_from_here: Money;
}

export interface Breakeven {
  axis: string;
  from: number;
  to: number;
  currency: string;
  envelope: Span[];
  crossings: Crossing[];
  curves: { plan: string; incomplete: boolean; pieces: { from: number; to: number; cost_from: Money; cost_to: Money }[] }[];
  notes?: string[];
}

export interface PlanTotal {
  plan: string;
  currency: string;
  total: Money;
  incomplete: boolean;
  card_charged?: Money;
}

export interface Simulation {
  months: { month: string; quotes: Quote[]; notes?: string[] }[];
  totals: PlanTotal[];
}

export interface Charted<T> {
  result: T;
  svg: string;
}

export interface Problem {
  field: string;
  line: number | null;
  message: string;
}

export interface Failure {
  kind: "invalid" | "io" | "cancelled" | "pricing";
  message: string;
  problems: Problem[];
}

export interface Loaded {
  path: string | null;
  text: string;
}

export interface TermView {
  name: string;
  kind: "money" | "count" | "date" | "choice";
  description: string;
  values: string[];
}

export interface CardView {
  vendor: string;
  name: string;
  currency: string;
  file: string;
  edited: boolean;
  text: string;
  versions: { effective_from: string; source: Provenance; plans: [string, string][] }[];
  terms: TermView[];
}

export interface Cards {
  cards: CardView[];
  problem: string | null;
}

export type Export =
  | { kind: "quote_csv"; text: string }
  | { kind: "quote_html"; text: string }
  | { kind: "breakeven_chart"; text: string; axis: string; from: number; to: number; plans: string[]; format: "svg" | "png" }
  | { kind: "simulation_chart"; text: string; months: number; growth: string; plans: string[]; format: "svg" | "png" };

export interface Step {
  pass: number;
  done: number;
  total: number;
}

export interface ImportAsk {
  kind: "whatsapp" | "usage";
  timezone: string;
  currency: string;
  skip_invalid: boolean;
}

export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  field: string;
  message: string;
}

export interface LogLine {
  market: string;
  category: string;
  billable: number;
  free: number;
  free_by_reason: Record<string, number>;
  unit_price: Money | null;
  amount: Money | null;
  tier_from?: number;
  source?: Provenance;
}

export interface LogReport {
  currency: string;
  timezone: string;
  rows_read: number;
  rows_skipped: number;
  skipped?: Diagnostic[];
  refused: { count: number; first: { line: number; contact: string; timestamp: string }[] };
  months: { month: string; version: string; unit: string; lines: LogLine[]; total: Money; incomplete: boolean }[];
  total: Money;
  incomplete: boolean;
  warnings: Warning[];
}

export interface UsageMonth {
  month: string;
  usage: Record<string, number>;
  staff_outcomes?: Record<string, number>;
  quotes: Quote[];
  cheapest: string | null;
  notes?: string[];
}

export interface UsageReport {
  currency: string;
  rows_read: number;
  rows_skipped: number;
  skipped?: Diagnostic[];
  months: UsageMonth[];
}

export type Imported =
  | { kind: "whatsapp"; path: string; report: LogReport }
  | { kind: "usage"; path: string; report: UsageReport; scenario: string };
