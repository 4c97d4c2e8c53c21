//! An invoice as a form enters it: the plan, the month and the billed lines as typed, pasted from
//! a spreadsheet (tab-separated) or read from a CSV file. Every field stays text until
//! [`EnteredInvoice::invoice`] checks it, so a problem is reported with the line and field the
//! user sees, and nothing typed is lost to a figure that does not read.
#![deny(clippy::arithmetic_side_effects)]

use std::path::{Path, PathBuf};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::check::{Invoice, InvoiceLine, LINE_CODES};
use crate::diag::{Diagnostic, Diagnostics};
use crate::month::Month;

/// An invoice as typed into a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EnteredInvoice {
    /// `vendor/plan`.
    pub plan: String,
    /// The month billed, `YYYY-MM`.
    pub month: String,
    /// The billed lines, in the invoice's order; lines left wholly empty are not lines.
    pub lines: Vec<EnteredLine>,
    /// The invoice's number, for the dispute to name it; may be empty.
    #[serde(default)]
    pub number: String,
    /// Who the invoice bills (the customer disputing it), for the dispute's sender; may be empty.
    #[serde(default)]
    pub customer: String,
}

/// One billed line as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EnteredLine {
    /// The invoice's wording.
    pub description: String,
    /// Units billed, a decimal number with a point (`105`, `2.5`).
    pub quantity: String,
    /// Amount billed, a decimal number with a point (`18.90`, `-5.00` for a credit).
    pub amount: String,
    /// What kind of line it is (`plan_fee`, `overage`, `tier`, `subscription`, `passthrough`),
    /// or empty: then the wording alone finds its line.
    #[serde(default)]
    pub code: String,
}

impl EnteredLine {
    fn is_empty(&self) -> bool {
        [&self.description, &self.quantity, &self.amount, &self.code].iter().all(|f| f.trim().is_empty())
    }
}

/// Where the form's problems are said to be: the form's rows are its lines.
const FORM: &str = "the invoice form";

impl EnteredInvoice {
    /// The invoice, or every problem: the plan or month missing, a line's figure that is not a
    /// number (named by its line, 1 for the form's first, and field), an unknown code.
    pub fn invoice(&self) -> Result<Invoice, Diagnostics> {
        let file = PathBuf::from(FORM);
        let mut problems = Vec::new();
        let whole = |field: &str, message: String| Diagnostic {
            file: file.clone(),
            line: None,
            column: None,
            field: field.to_string(),
            message,
        };
        let plan = self.plan.trim();
        if plan.is_empty() {
            problems.push(whole("plan", "choose the plan the invoice bills".into()));
        }
        let month = Month::from_str(self.month.trim()).map_err(|e| problems.push(whole("month", e.to_string()))).ok();
        let mut lines = Vec::new();
        for (i, entered) in self.lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
            match line(entered, &file, i.saturating_add(1)) {
                Ok(l) => lines.push(l),
                Err(mut p) => problems.append(&mut p),
            }
        }
        if lines.is_empty() && problems.is_empty() {
            problems
                .push(whole("lines", "enter the invoice's lines: a description, a quantity and an amount each".into()));
        }
        match month {
            Some(month) if problems.is_empty() => Ok(Invoice { plan: plan.to_string(), month, lines }),
            _ => Err(Diagnostics(problems)),
        }
    }
}

/// One line checked: its figures read, its code known.
fn line(l: &EnteredLine, file: &Path, at: usize) -> Result<InvoiceLine, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let quantity = figure(&l.quantity, file, at, "quantity").map_err(|d| problems.push(d)).ok();
    let amount = figure(&l.amount, file, at, "amount").map_err(|d| problems.push(d)).ok();
    let code = l.code.trim();
    let code = if code.is_empty() {
        None
    } else if LINE_CODES.iter().any(|(c, _)| *c == code) {
        Some(code.to_string())
    } else {
        let known: Vec<&str> = LINE_CODES.iter().map(|(c, _)| *c).collect();
        problems.push(at_line(
            file,
            at,
            "code",
            format!("`{code}` is not a kind of line; leave it empty or write one of {}", known.join(", ")),
        ));
        None
    };
    match (quantity, amount) {
        (Some(quantity), Some(amount)) if problems.is_empty() => {
            Ok(InvoiceLine { code, description: l.description.trim().to_string(), quantity, amount })
        }
        _ => Err(problems),
    }
}

fn at_line(file: &Path, line: usize, field: &str, message: String) -> Diagnostic {
    Diagnostic { file: file.to_path_buf(), line: Some(line), column: None, field: field.to_string(), message }
}

/// A figure as billed: a decimal number with a point, a minus for a credit.
fn figure(text: &str, file: &Path, line: usize, field: &str) -> Result<Decimal, Diagnostic> {
    let text = text.trim();
    if text.is_empty() {
        return Err(at_line(file, line, field, format!("the {field} is missing")));
    }
    Decimal::from_str(text).map_err(|_| {
        at_line(file, line, field, format!("`{text}` is not a number: write it with digits and a point, such as 18.90"))
    })
}

/// The names a column of lines may have in a header row, each field's first the one written.
const COLUMNS: [(&str, &[&str]); 4] = [
    ("description", &["description", "line", "item"]),
    ("quantity", &["quantity", "qty", "units"]),
    ("amount", &["amount", "total"]),
    ("code", &["code"]),
];

/// Invoice lines from `text`, a CSV file or lines pasted from a spreadsheet, `file` naming it in
/// messages. Cells are separated by tabs when the first line has one (a spreadsheet's copy), else
/// by `;` when it has `;` and no `,`, else by commas. A first row naming the columns
/// (`description`, `quantity`, `amount`, optionally `code`, any order and letter case) says which
/// is which; without one the columns are description, quantity, amount. Blank rows are skipped;
/// every other row must give the three, each problem named by its line and column name.
pub fn read_lines(file: &Path, text: &str) -> Result<Vec<EnteredLine>, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains('\t') {
        b'\t'
    } else if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let mut lines = Vec::new();
    // Which cell holds description, quantity, amount and code.
    let mut at: [Option<usize>; 4] = [Some(0), Some(1), Some(2), None];
    let mut first_row = true;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
                problems.push(at_line(file, line, "", format!("the row cannot be read: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        if record.iter().all(str::is_empty) {
            continue;
        }
        if std::mem::take(&mut first_row)
            && let Some(header) = header(&record)
        {
            at = header;
            if let Some((name, _)) = COLUMNS.iter().zip(&at).take(3).find(|(_, i)| i.is_none()).map(|(c, _)| *c) {
                problems.push(at_line(file, line, name, format!("the header has no `{name}` column")));
                break;
            }
            continue;
        }
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").to_string();
        let entered =
            EnteredLine { description: cell(at[0]), quantity: cell(at[1]), amount: cell(at[2]), code: cell(at[3]) };
        match self::line(&entered, file, line) {
            Ok(_) => lines.push(entered),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if lines.is_empty() && problems.is_empty() {
        problems.push(at_line(
            file,
            1,
            "",
            "no invoice lines: each row gives a description, a quantity and an amount".into(),
        ));
    }
    if problems.is_empty() { Ok(lines) } else { Err(Diagnostics(problems)) }
}

/// The columns a header row names, when the row is one: it names the description column.
fn header(record: &csv::StringRecord) -> Option<[Option<usize>; 4]> {
    let find = |names: &[&str]| record.iter().position(|cell| names.contains(&cell.to_lowercase().as_str()));
    let at = COLUMNS.map(|(_, names)| find(names));
    at[0].map(|_| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entered(description: &str, quantity: &str, amount: &str) -> EnteredLine {
        EnteredLine {
            description: description.into(),
            quantity: quantity.into(),
            amount: amount.into(),
            code: String::new(),
        }
    }

    #[test]
    fn pasted_spreadsheet_lines_are_read_by_tabs() {
        let lines = read_lines(Path::new("pasted"), "Base plan\t1\t99.00\nExtra Chatpoints\t105\t18.90\n").unwrap();
        assert_eq!(lines, [entered("Base plan", "1", "99.00"), entered("Extra Chatpoints", "105", "18.90")]);
    }

    #[test]
    fn a_header_says_which_column_is_which() {
        let csv = "Amount,Description,Qty,code\n18.90,\"Extra Chatpoints, December\",105,overage\n\n";
        let lines = read_lines(Path::new("lines.csv"), csv).unwrap();
        let mut want = entered("Extra Chatpoints, December", "105", "18.90");
        want.code = "overage".into();
        assert_eq!(lines, [want]);
    }

    #[test]
    fn a_bad_figure_is_named_by_its_line_and_field() {
        let e =
            read_lines(Path::new("lines.csv"), "description,quantity,amount\nBase plan,1,99.00\nExtra,10O,€18.90\n")
                .unwrap_err();
        let said: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "lines.csv:3: `quantity`: `10O` is not a number: write it with digits and a point, such as 18.90",
                "lines.csv:3: `amount`: `€18.90` is not a number: write it with digits and a point, such as 18.90",
            ]
        );
        let e = read_lines(Path::new("lines.csv"), "description,amount\nBase plan,99.00\n").unwrap_err();
        assert_eq!(e.to_string(), "lines.csv:1: `quantity`: the header has no `quantity` column");
    }

    #[test]
    fn the_form_is_checked_line_by_line_and_empty_rows_are_no_lines() {
        let form = EnteredInvoice {
            plan: "web1on1/base".into(),
            month: "2026-12".into(),
            lines: vec![entered("Base plan", "1", "99.00"), EnteredLine::default(), entered("Extra", "", "1,5")],
            ..EnteredInvoice::default()
        };
        let e = form.invoice().unwrap_err();
        let said: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "the invoice form:3: `quantity`: the quantity is missing",
                "the invoice form:3: `amount`: `1,5` is not a number: write it with digits and a point, such as 18.90",
            ]
        );
        let ok = EnteredInvoice { lines: vec![entered("Base plan", "1", "99.00")], ..form }.invoice().unwrap();
        assert_eq!(ok.lines.len(), 1);
        assert_eq!(ok.lines[0].amount, Decimal::new(9900, 2));
    }
}
