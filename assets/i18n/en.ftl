# The quote document, in English. Numbers, money and dates arrive formatted ($n, $amount, $date);
# $count is the plain number plural forms are chosen by.
offer-title = Quote
offer-number = Quote number
offer-date = Date
offer-valid-until = Valid until
offer-valid-cut-meta = Meta's WhatsApp rates change on { $date }
offer-valid-cut-vendor = { $vendor }'s prices change on { $date }
offer-for = For
offer-from = From
offer-usage = What this quote assumes, per month
offer-description = Description
offer-quantity = Quantity
offer-unit-price = Unit price
offer-amount = Amount
offer-discount-percent = Discount of { $percent } on { $on }
offer-discount-amount = Discount on { $on }
offer-on-plan-fee = the plan fee
offer-on-total = the total
offer-net = Net
offer-vat = VAT { $percent }
offer-no-vat = Amounts exclude VAT.
offer-reverse-charge = VAT reverse charged: the customer accounts for the VAT (Article 196 of Directive 2006/112/EC).
offer-vat-source = VAT rate of { $country }: { $percent }, the standard rate ({ $source }).
offer-total = Total per month
offer-not-on-invoice = Not on this invoice
offer-meta-direct = WhatsApp fees paid to Meta directly: { $amount } a month.
offer-in-house = Your own cost of work this plan does not do (your estimate): { $amount } a month.
offer-uncovered = Not part of this plan: { $what }.
offer-estimate = This quote is an estimate for the usage above in { $month }; it is not binding.
offer-appendix = Appendix: every plan compared, for the same usage
offer-rank = Rank
offer-plan = Plan
offer-cost = Cost per month
offer-cost-note = Cost per month: everything the plan costs you for this usage, including fees paid to others and your own work, before VAT and discounts.
offer-not-ranked = not comparable: { $why }
offer-offered = offered
offer-page = Page { $page } of { $pages }
line-plan-fee = { $plan } plan, monthly fee
line-extra = Extra { $unit }
line-extra-active = Extra active contacts
line-extra-engaged = Extra engaged contacts
line-extra-database = Extra contacts in the database
line-extra-seats = Extra live-chat seats
line-extra-emails = Extra emails, per { $per }
line-range-contacts = Contacts, { $from } to { $to }
line-range-contacts-open = Contacts, from { $from }
line-whatsapp-messages = WhatsApp { $category } messages, { $market }
line-whatsapp-conversations = WhatsApp { $category } conversations, { $market }
line-whatsapp-tier = { $line }, from number { $from } of the month
category-marketing = marketing
category-utility = utility
category-authentication = authentication
category-authentication_international = international authentication
category-service = service
category-business_initiated = business-initiated
category-user_initiated = user-initiated
category-free_entry_point = free entry point
why-unknown-price = a price is not published
why-uncovered = it does not do all of the work and no in-house cost is given
why-no-rate = no exchange rate to the quote's currency
usage-engaged =
    { $count ->
        [one] { $n } engaged contact
       *[other] { $n } engaged contacts
    }
usage-active =
    { $count ->
        [one] { $n } active contact
       *[other] { $n } active contacts
    }
usage-database =
    { $count ->
        [one] { $n } contact in the database
       *[other] { $n } contacts in the database
    }
usage-seats =
    { $count ->
        [one] { $n } live-chat seat
       *[other] { $n } live-chat seats
    }
usage-emails =
    { $count ->
        [one] { $n } email sent
       *[other] { $n } emails sent
    }
usage-whatsapp-messages =
    { $count ->
        [one] { $n } WhatsApp { $category } message, { $country }
       *[other] { $n } WhatsApp { $category } messages, { $country }
    }
usage-whatsapp-conversations =
    { $count ->
        [one] { $n } WhatsApp { $category } conversation, { $country }
       *[other] { $n } WhatsApp { $category } conversations, { $country }
    }
usage-by-agent = { $what } by agents
usage-by-bot = { $what } by a bot
outcome-test_drive =
    { $count ->
        [one] { $n } test drive
       *[other] { $n } test drives
    }
outcome-video_call =
    { $count ->
        [one] { $n } video call
       *[other] { $n } video calls
    }
outcome-showroom_visit =
    { $count ->
        [one] { $n } showroom visit
       *[other] { $n } showroom visits
    }
outcome-quotation_request =
    { $count ->
        [one] { $n } quotation request
       *[other] { $n } quotation requests
    }
outcome-information_request =
    { $count ->
        [one] { $n } information request
       *[other] { $n } information requests
    }
outcome-trade_in_valuation =
    { $count ->
        [one] { $n } trade-in valuation
       *[other] { $n } trade-in valuations
    }
outcome-workshop_appointment =
    { $count ->
        [one] { $n } workshop appointment
       *[other] { $n } workshop appointments
    }
outcome-whatsapp_reminder =
    { $count ->
        [one] { $n } WhatsApp reminder
       *[other] { $n } WhatsApp reminders
    }
outcome-support_information =
    { $count ->
        [one] { $n } support answer
       *[other] { $n } support answers
    }
outcome-support_action =
    { $count ->
        [one] { $n } support action
       *[other] { $n } support actions
    }
outcome-crm_lead =
    { $count ->
        [one] { $n } CRM lead
       *[other] { $n } CRM leads
    }
outcome-mql_to_sql =
    { $count ->
        [one] { $n } MQL-to-SQL lead
       *[other] { $n } MQL-to-SQL leads
    }
outcome-whatsapp_concierge =
    { $count ->
        [one] { $n } WhatsApp concierge chat
       *[other] { $n } WhatsApp concierge chats
    }
outcome-whatsapp_standard_reply =
    { $count ->
        [one] { $n } WhatsApp standard reply
       *[other] { $n } WhatsApp standard replies
    }
outcome-topic_selection =
    { $count ->
        [one] { $n } topic selection
       *[other] { $n } topic selections
    }
outcome-csat =
    { $count ->
        [one] { $n } CSAT survey
       *[other] { $n } CSAT surveys
    }
country-NL = Netherlands
country-BE = Belgium
country-DE = Germany
country-FR = France
country-LU = Luxembourg
country-AT = Austria
country-CH = Switzerland
country-GB = United Kingdom
country-IE = Ireland
country-ES = Spain
country-PT = Portugal
country-IT = Italy
country-DK = Denmark
country-SE = Sweden
country-NO = Norway
country-FI = Finland
country-PL = Poland
country-US = United States

## The app's screens (ui/): every id starts with `app-`. $count is a number, written as the
## language writes numbers, that chooses the plural form; every other argument arrives as text,
## already formatted (amounts, file names, plan names). What the core writes (warnings, plan
## names, invoice lines, rate-card terms) is shown as the core gives it, in English.

app-tab-scenario = Scenario & comparison
app-tab-breakeven = Breakeven
app-tab-simulation = Simulation
app-tab-import = Import
app-tab-ratecards = Rate cards
app-new = New…
app-open = Open…
app-save = Save
app-save-as = Save as…
app-recent = Recent files
app-recent-pick = Recent files…
app-recent-none = No recent files
app-export-csv = Export CSV…
app-export-quote = Export quote…
app-language = Language
app-untitled = Untitled scenario
app-unsaved = { $name } (unsaved changes)
app-opened = Opened { $path }
app-opened-example = Example scenario: dealer group NL
app-saved = Saved { $path }
app-exported = Exported { $path }
app-not-saved = Not saved: the form has problems (shown beside their fields). Fix them first: the file would not be what the form shows.
app-not-exported = Not exported: the form has problems (shown beside their fields). Fix them first: the export would not be what the form shows.
app-new-blank = New scenario
app-undo = Undo
app-redo = Redo
app-undone = Undone: the form is as it was before your last change.
app-redone = Redone: your change is back.
app-nothing-to-undo = Nothing to undo.
app-nothing-to-redo = Nothing to redo.
app-help = Help
app-help-title = pricesim help
app-help-intro = pricesim prices a month of your usage on every plan as you type, ranked by what the whole scenario costs. The screens:
app-help-scenario = Type the usage (contacts, outcomes, WhatsApp per country, contract terms, your own costs): every plan is ranked beside it; open a plan for its invoice preview.
app-help-breakeven = Vary one count between two figures and see which plan is the cheapest on each stretch, and where the cheapest plan changes.
app-help-simulation = The months ahead with growth: each plan's cost month by month, wallets with their top-ups.
app-help-import = Rate a WhatsApp message log or a usage log month by month, check an invoice against it, export the results as CSV.
app-help-ratecards = The prices in use and where each comes from; edit a copy of a card, import Meta's or the ECB's files.
app-help-keys = Keyboard shortcuts
app-help-head-action = Action
app-help-head-keys = Keys
app-help-view = Show a screen (in the order of the tabs)
app-help-quit = Quit (asks first about unsaved changes)
app-help-undo = Undo takes back one change at a time: what you typed into one field before leaving it, a country added or removed, a choice made. Undoing back to the scenario as last saved clears the unsaved mark.
app-help-more = Help → About shows the version. The full guide to the app is docs/APP.md.
app-new-example = New scenario from an example
app-cards-problem = Your edited rate cards could not be used; the shipped ones are: { $problem }
app-start-from = Start from:
app-create = Create
app-cancel = Cancel
app-close = Close
app-total = Total
app-problem-line = line { $line }: { $message }
app-problem-line-field = line { $line } ({ $field }): { $message }
app-problem-field = { $field }: { $message }

# The scenario form.
app-legend-scenario = Scenario
app-field-name = Name
app-field-month = Month
app-field-currency = Display currency
app-legend-counts = Contacts, agents, emails
app-count-engaged = Engaged contacts
app-count-active = Active customers
app-count-database = Contacts in the database
app-count-seats = Live-chat agents
app-count-emails = Emails sent
app-placeholder-as-engaged = as engaged
app-legend-outcomes = Completed outcomes a month
app-head-outcome = Outcome
app-head-by-agent = by agent
app-head-by-bot = by bot
# $actor is `agent` or `bot`.
app-outcome-by =
    { $actor ->
        [agent] { $outcome } by agent
       *[bot] { $outcome } by bot
    }
# Web1on1's outcomes, as its price list names them.
app-outcome-test_drive = Test drive
app-outcome-video_call = Video call appointment
app-outcome-showroom_visit = Showroom visit
app-outcome-quotation_request = Quotation request
app-outcome-information_request = Request for information
app-outcome-trade_in_valuation = Trade-in valuation
app-outcome-workshop_appointment = Workshop appointment
app-outcome-whatsapp_reminder = WhatsApp reminder
app-outcome-support_information = Information shared
app-outcome-support_action = Request for action
app-outcome-crm_lead = Lead to CRM
app-outcome-mql_to_sql = MQL to SQL lead
app-outcome-whatsapp_concierge = WhatsApp Concierge bot
app-outcome-whatsapp_standard_reply = WhatsApp standard reply
app-outcome-topic_selection = Topic selection
app-outcome-csat = CSAT bot
app-legend-whatsapp = WhatsApp traffic a month (conversations or template messages)
app-head-country = Country
app-category-short-authentication = auth.
app-category-short-authentication_international = auth. abroad
app-category-short-free_entry_point = free entry
app-remove-country = Remove this country
app-add-country = Add a country: type { $code } or { $name }
app-no-country = No country "{ $typed }": type its two-letter code or its name
app-usage-whatsapp = WhatsApp { $category }, { $country }
app-legend-in-house = Your own costs, in { $currency } (where a plan does not sell the work)
app-in-house-hint = Your own estimates: a plan that does not sell the work (outcomes, emails, seats) is priced with them, flagged as your estimate. A cost per outcome, below, comes before its actor's.
app-in-house-agent = An outcome by your staff
app-in-house-bot = An outcome by your bot
app-in-house-email = An email
app-in-house-seat = A live-chat seat
app-in-house-per-outcome = A cost per outcome
app-head-by-your-staff = by your staff
app-head-by-your-bot = by your bot
app-placeholder-as-above = as above
app-in-house-of = In-house cost: { $what }
app-legend-terms = Your contract terms
app-default = (default)
app-check-count = a whole number, 0 or more (found "{ $found }")
app-check-cost = a cost such as 12.50, 0 or more (found "{ $found }")
app-check-date = a date such as 2026-12-02
dispute-title = Invoice dispute
dispute-to = To
dispute-invoice = Invoice
dispute-plan = Plan
dispute-month = Month billed
dispute-usage = What our usage log shows for { $month }
dispute-lines = The invoice, line by line
dispute-line = Line
dispute-status = Status
dispute-billed = Billed
dispute-log = Per our log
dispute-difference = Difference
dispute-billed-quantity = Billed quantity
dispute-log-quantity = Quantity per our log
dispute-billed-amount = Billed amount
dispute-log-amount = Amount per our log
dispute-currency = Currency
dispute-why = Why
dispute-total = Total
dispute-why-heading = What explains the differences
dispute-ask-credit = The invoice bills { $amount } more than our usage log gives at the rate card's prices: we ask you to credit { $amount }.
dispute-under = The invoice bills { $amount } less than our usage log gives at the rate card's prices.
dispute-matches = Every line of the invoice matches our usage log.
dispute-same-total = The invoice's total matches our usage log, though its lines do not.
dispute-basis = Our usage log for { $month }, priced line by line at the rate card in force that month.
dispute-status-matches = matches
dispute-status-differs = differs
dispute-status-not_in_log = not in our log
dispute-status-not_invoiced = not invoiced
dispute-why-no-line = our usage log gives no such line
dispute-why-twice = billed twice? Our usage log gives one "{ $line }" line, already matched by an earlier line of the invoice
dispute-why-not-invoiced = our usage log gives this line; the invoice does not have it
dispute-why-more = { $units } more units billed than our usage log gives
dispute-why-fewer = { $units } fewer units billed than our usage log gives
dispute-why-too-far = the quantity billed, { $quantity }, is too far from our log's to compare
dispute-why-unit-price = { $quantity } × { $price } would be { $amount }: the unit price billed is not the rate card's
dispute-why-too-large = { $quantity } × { $price } is too large to compute
dispute-why-points-more = billing { $what } more ({ $each } points each) would explain it
dispute-why-points-fewer = leaving out { $what } ({ $each } points each) would explain it
dispute-why-bot-at-agent = { $what }, billed at the agent's { $points } points, would explain it
app-invoice-form-title = Check an invoice against this log
app-invoice-form-intro = Enter the invoice's lines as billed, paste them from a spreadsheet (a row per line: description, quantity, amount; tab- or comma-separated), or import a CSV of them.
app-invoice-plan = Plan billed
app-invoice-month = Month billed
app-invoice-number = Invoice number
app-invoice-customer = Billed to (you)
app-invoice-head-description = Description on the invoice
app-invoice-head-quantity = Quantity
app-invoice-head-amount = Amount
app-invoice-add-line = Add a line
app-invoice-remove-line = Remove this line
app-invoice-paste = Paste lines from a spreadsheet here
app-invoice-import = Import lines (CSV)…
app-invoice-export-csv = Export the dispute (CSV)…
app-invoice-export-pdf = Export the dispute (PDF)…
app-invoice-saved = Dispute saved: { $path }
app-invoice-lines-read =
    { $count ->
        [one] 1 line read from { $file }
       *[other] { $count } lines read from { $file }
    }
app-head-difference = Difference
app-invoice-more = The invoice bills { $amount } more than the log gives.
app-invoice-less = The invoice bills { $amount } less than the log gives.
app-invoice-same = The invoice's total is what the log gives.
app-refused-warning =
    { $count ->
        [one] 1 free-form message was sent with no customer service window open: Meta refuses those, so it is not billed (listed under "Refused").
       *[other] { $count } free-form messages were sent with no customer service window open: Meta refuses those, so they are not billed (listed under "Refused").
    }
app-source-contract-note = from your contract terms, as entered in this scenario
app-check-days = a number of days, such as 30
app-check-percent = a percentage such as 10
app-check-amount = an amount such as 50.00
app-check-country = a two-letter country code, such as NL

# The ranking and the invoice preview.
app-ranking-title = { $scenario } · { $month } · ranked in { $currency } by what each plan costs you
app-head-plan = Plan
app-head-cost-in = Cost ({ $currency })
app-head-billed = Billed
app-not-ranked-group = Not ranked: what these plans cost is not known (each says why)
app-no-cheapest = No plan is marked cheapest: what each plan costs is not known (see each plan).
app-not-ranked = not ranked
app-cost-in-house = { $amount } in-house
app-cost-meta = { $amount } to Meta
app-open-preview = Open the invoice preview
app-badge-cheapest = cheapest
app-badge-unknown-price = a price is unknown
app-badge-needs-in-house = needs your in-house costs
app-badge-not-sold = not ranked: work it does not sell
app-badge-examples =
    { $count ->
        [one] { $count } example/unverified price
       *[other] { $count } example/unverified prices
    }
app-badge-own-figures =
    { $count ->
        [one] { $count } your figure
       *[other] { $count } your figures
    }
app-badge-estimates =
    { $count ->
        [one] { $count } own estimate
       *[other] { $count } own estimates
    }
# $work is the core's, in English (`20 test drives`).
app-need-agent = Enter what an outcome by your staff costs you in-house ({ $work }) to rank { $plan }.
app-need-bot = Enter what an outcome by your bot costs you in-house ({ $work }) to rank { $plan }.
app-need-email = Enter what an email costs you in-house ({ $work }) to rank { $plan }.
app-need-seat = Enter what a live-chat seat costs you in-house ({ $work }) to rank { $plan }.
app-need-other = Enter what { $key } costs you in-house ({ $work }) to rank { $plan }.
app-need-go = Enter it
app-invoice-title = Invoice preview: { $plan } ({ $name }, rate card of { $version })
app-billing-period = Billing period { $from } to { $to }
app-payee-meta = Paid to Meta directly
app-payee-in-house = In-house, at your own costs
app-total-meta = Total to Meta
app-total-in-house = Total in-house
app-head-line = Line
app-head-quantity = Quantity
app-head-unit-price = Unit price
app-head-amount = Amount
app-head-price-from = Price from
app-scenario-cost = Cost of the scenario on this plan: { $amount }
app-conversion = Billed { $billed } is { $converted } at 1 { $from } = { $rate } { $to } (rate of { $date }, { $status })
app-meter = { $unit }: { $used } used, { $included } included, { $over } over
app-wallet =
    Wallet: { $opening } at the start, { $deducted } deducted, { $count ->
        [one] { $count } top-up
       *[other] { $count } top-ups
    }, { $closing } at the end. Your card is charged { $charged } this month: the plan fee and the top-ups, money paid in, not the month's cost (the total above).
# Where a price comes from (shown in capitals).
app-source-published = published
app-source-derived = derived
app-source-reconstructed = reconstructed
app-source-unverified = unverified
app-source-example = example
app-source-contract = contract
app-source-estimate = your estimate

# Breakeven and simulation.
app-vary = Vary
app-from = From
app-to = To
app-draw = Draw
app-plans = Plans:
app-range-invalid = From and to are whole numbers, from not above to
app-choose-plan = Choose at least one plan
app-breakeven-alt = Cost of each plan by { $axis }
app-export-svg = Export SVG…
app-export-png = Export PNG…
app-cheapest = Cheapest
app-stretch = { $from } to { $to }
app-stretch-incomplete = its cost is not known everywhere
app-crossings = Crossings
app-head-at = At
app-head-cheaper = Cheaper from here
app-head-cost = Cost
app-head-than = than
app-no-crossings = No crossings: the plans keep their order over the whole range.
app-months = Months
app-growth = Growth a month (%)
app-simulate = Simulate
app-months-invalid = Months: a whole number from 1 to 600
app-simulation-alt = Cost of each plan month by month
app-head-month = Month
app-incomplete = (incomplete)
app-wallet-end = wallet { $amount } at the end
app-topped-up = topped up { $amount } on { $day }

# Import.
app-log = Log
app-log-whatsapp = WhatsApp message log
app-log-usage = Usage log (chats and outcomes)
# $columns are the file's own column names.
app-columns = Columns: { $columns }
app-timezone = Time zone
app-timezone-hint = The account's (IANA name, such as Europe/Amsterdam): months turn over at its midnight.
app-currency = Currency
app-skip-invalid = Skip unreadable rows (counted and listed)
app-import-run = Choose a log and rate it…
app-import-intro = Choose a log: it is rated month by month into an invoice-like summary. Large logs show their progress and can be cancelled.
app-choose-whatsapp = Choose the WhatsApp message log in the dialog.
app-choose-usage = Choose the usage log in the dialog.
app-reading-whatsapp = Reading the WhatsApp message log…
app-reading-usage = Reading the usage log…
app-starting = Starting…
app-progress = { $percent }% ({ $done } of { $total })
app-read-again = The log is not in time order: reading it again to sort it.
app-rated = Rated { $path }
app-cancelled = Cancelled: nothing was imported.
app-rows =
    { $count ->
        [one] { $count } row read, { $skipped } skipped
       *[other] { $count } rows read, { $skipped } skipped
    }
app-whatsapp-title = { $file }: WhatsApp at Meta's rates
app-incomplete-rate = incomplete: a rate is unknown
app-account-zone = account time zone { $zone }
# $unit is `conversation` or `message`.
app-growth-own = Own growth a month (%)
app-growth-contacts = Contacts
app-growth-outcomes = Outcomes
app-growth-whatsapp = WhatsApp
app-growth-as-above = as above
app-switch-saves = Switching from { $from } to { $to } in { $month } saves { $amount } over the { $months ->
    [one] month
   *[other] { $months } months
    }.
app-no-switch = No other plan becomes cheaper than { $plan }, the cheapest in the first month.
app-cumulative-alt = Cost of each plan to date, month by month
app-export-cumulative-svg = Export cost to date SVG…
app-export-cumulative-png = Export cost to date PNG…
app-invoiced = invoice { $amount }
app-simulation-currency = Costs in { $currency }: everything the scenario costs on each plan, converted as the comparison converts. Under a cost, the vendor's invoice in its own currency where it differs.
app-month-title =
    { $unit ->
        [conversation] { $month } · pricing version { $version } · billed per conversation
        [message] { $month } · pricing version { $version } · billed per message
       *[other] { $month } · pricing version { $version } · billed per { $unit }
    }
app-head-market = Market
app-head-category = Category
app-head-billable = Billable
app-head-free = Free
app-head-free-because = Free because
app-unknown = unknown
app-reason-free_tier = free tier
app-reason-free_entry_point = free entry point
app-reason-customer_service_window = customer service window
app-reason-not_charged = not charged
app-refused = Refused:
app-refused-row = line { $line } ({ $contact } at { $time })
app-usage-title = { $file }: every plan, month by month
app-billed = billed { $amount }
app-row-outcomes = Outcomes by agents and bots
app-usage-note = Amounts in { $currency }; outcomes by the customer's own staff are not billed. "{ $open }" puts this usage in the form (later months as a month-by-month scenario for the simulation).
app-open-as-scenario = Open as a scenario
app-check-invoice = Check an invoice against it…
app-scenario-from = Scenario from { $file } (not saved)
app-invoice-check-title = Invoice { $plan } { $month }:
app-matches-log = matches the log
app-differs-from-log = does not match the log
app-head-status = Status
app-head-log = Log
app-head-billed-amount = Billed amount
app-head-log-amount = Log amount
app-check-line-matches = matches
app-check-line-differs = differs
app-check-line-not_in_log = not in the log
app-check-line-not_invoiced = not invoiced

# Rate cards.
app-cards-intro = Prices marked example or unverified are flagged in every quote that uses them. Your edits are saved in the app's data folder; the shipped cards are never changed.
app-card-label = { $name } rate card
app-card-saved = { $name }: your copy is saved and used from now on
app-card-not-saved = { $name }: not saved; the copy has the problems listed under it, and the card in use is unchanged
app-card-reset-done = { $name }: the shipped card is used again
app-card-edited = your edited copy
app-head-in-force = In force from
app-head-plans = Plans
app-head-source = Source
app-card-edit = Edit a copy
app-card-save = Check and save my copy
app-card-reset = Back to the shipped card
app-date-example = such as { $example }
app-above-cheapest = { $amount } more than the cheapest
app-year-cost = { $amount } a year
app-per-contact = { $amount } per engaged contact
app-per-outcome = { $amount } per outcome
app-save-copy = Save a copy…
app-saved-copy = A copy is saved as { $path }; you are still editing this file
app-no-turns = The cheapest plan is the same all along.
app-other-crossings = { $count ->
        [one] One other crossing, of plans dearer than the cheapest
       *[other] { $count } other crossings, of plans dearer than the cheapest
    }
app-fx-title = Exchange rates
app-fx-intro = Plans billed in another currency are compared at these rates: a month converts at the latest rate dated on or before its last day, the other direction at its inverse. Import the ECB's file above to bring them up to date.
app-fx-head-rate = Latest rate
app-fx-head-dated = Dated
app-fx-head-held = Rates held
app-fx-head-since = Held since
app-fx-reset = Back to the shipped rates
app-import-rates-title = Update prices from Meta's and the ECB's own files
app-import-rates-intro = The file is read and what it would change is shown first; nothing is written until you apply it. Imported rates go into your own rate cards, marked published with the file's name as their source: you vouch for the file. The shipped cards are never changed.
app-import-meta-effective = Meta's rates in force from
app-import-meta = Import Meta's rate card (CSV)…
app-import-ecb = Import the ECB's exchange rates…
app-import-ecb-hint = eurofxref-hist.csv, from the ECB's page of euro reference rates (unzipped)
app-import-report-title = What the import would change
app-import-meta-summary = { $file }: Meta's rates in { $currency } from { $effective } for { $markets ->
        [one] one market
       *[other] { $markets } markets
    }. Rates that change: { $changes }; the same as the day before: { $unchanged }.
app-import-meta-absent = { $count ->
        [one] One market the file does not give keeps its rates
       *[other] { $count } markets the file does not give keep their rates
    }
app-import-replaced = Replaced: { $rows }
app-import-fx-summary = { $file }: { $currencies } currencies pricesim uses; { $rates } month-end rates kept (a month converts at its last rate).
app-import-fx-left-out = Currencies pricesim does not use, left out: { $currencies }
app-import-head-market = Market
app-import-head-category = Category
app-import-head-before = Before
app-import-head-after = After
app-import-head-change = Change
app-import-head-span = In the file
app-import-head-months = Months
app-import-writes = Applying writes into { $folder }: { $files }
app-import-writes-new = Applying makes your own rate cards in { $folder } from the shipped ones, and writes: { $files }
app-import-apply = Apply the import
app-import-cancel = Leave it
app-import-applied = { $file }: imported; quotes use it from now on
app-import-not-applied = { $file }: not imported; your rate cards are unchanged
app-import-left = { $file }: left, not imported; your rate cards are unchanged
app-import-refused = This file cannot be imported; nothing was written:
app-prices-as-of = Prices as of: { $list }

# The quote form: the document's details (the document itself is in its own language).
app-quote-title = Quote document
app-quote-intro = What the document says besides the usage. Saved with the scenario, under [quote].
app-quote-who = Who and when
app-quote-customer = Customer
app-quote-prepared-by = Prepared by
app-quote-company = Your company
app-quote-email = Your email
app-quote-logo = Logo (PNG or SVG)
app-choose = Choose…
app-quote-number = Quote number
app-quote-date = Date
app-quote-date-placeholder = today (YYYY-MM-DD)
app-quote-valid-days = Valid for (days)
app-quote-price = Price
app-discount = Discount
app-discount-none = None
app-discount-percent = Percent
app-discount-amount = Amount
app-discount-on-plan-fee = of the plan fee
app-discount-on-total = of the total
app-vat = VAT
app-vat-none = No VAT line
app-vat-reverse = Reverse charge (EU business)
app-vat-rate = { $country } { $percent }%
app-quote-language = Document language
app-quote-language-default = English (default)
app-quote-compare = Add every plan compared, ranked, as an appendix
app-quote-plans = Plans offered (none ticked: the cheapest)
app-quote-not-exported = Not exported: the scenario has problems (shown beside their fields). Fix them first.
app-quote-check = Check before sending (not shown to the customer):
app-quote-all-published = Every price in it is published or from your contract.
app-export-pdf = Export PDF…
app-export-html = Export HTML…

## Ranges: counts the user is unsure of, and what they do to the ranking
app-legend-ranges = Ranges (counts you are unsure of)
app-ranges-hint = Give a count its fewest and most: the ranking then shows each plan's spread of cost and how often it is the cheapest. The expected count is the one in its field above.
app-range-add = Add a range to…
app-range-remove = Remove this range
app-range-alone = moves on its own
app-range-with = moves with { $count }
app-range-low-of = Fewest { $count }
app-range-high-of = Most { $count }
app-range-with-of = What { $count } moves with
app-head-count = Count
app-head-low = Fewest
app-head-expected = Expected
app-head-high = Most
app-check-range-order = the fewest, expected and most must go up: { $low } ≤ { $expected } ≤ { $high }
app-spread-title = 1 month in 10 below { $p10 }, half below { $p50 }, 1 in 10 above { $p90 }
app-spread = median { $p50 }; { $p10 } to { $p90 }
app-chance = cheapest in { $percent } % of cases
app-sampling = Over { $samples } sampled months (triangular ranges, seed { $seed }): the same figures on every run and in pricesim quote.
app-assumptions = between { $low } and { $high } depending on: { $questions }
app-assumptions-title = Unverified rules this cost rests on
app-not-known = not known
app-headroom = { $plan } stays the cheapest while one count moves, the rest held:
app-headroom-count = { $count } ({ $expected }):
app-headroom-up = can grow { $percent } % (to { $at }) before { $plan } is cheaper
app-headroom-up-none = stays the cheapest up to { $to }
app-headroom-down = below { $at } { $plan } is cheaper
app-headroom-down-none = stays the cheapest down to 0
app-next-change = From { $date } ({ $cards }) the same usage costs { $cost } on { $plan }, then the cheapest.
app-next-change-reranks = The ranking changes.
app-next-change-same = The ranking stays the same.
app-fan-title = Over the ranges
app-fan-hint = Each plan's cost along the same count, as a band from P10 to P90 of months sampled from the scenario's other ranges, the median as its line; the count's own range is shaded. Where bands overlap, which plan is cheaper is not sure.
app-fan-alt = Spread of each plan's cost by { $axis }
app-export-fan-svg = Export fan SVG…
app-export-fan-png = Export fan PNG…

# The price form of the rate-card screen, and the TOML editor beside it.
app-source-user = your figure
app-card-edit-toml = Edit the TOML (advanced)
app-card-go-to-line = Show this line in the editor
app-prices-title = Prices
app-prices-intro = Change a value and it becomes your figure, flagged as yours in every quote that uses it. Only the prices you change are written into your copy of the card, which is checked like any edit before it is used.
app-prices-version = In force from { $date } ({ $plans ->
        [one] 1 plan
       *[other] { $plans } plans
    })
app-prices-save = Check and save my prices
app-prices-saved = { $name }: { $count ->
        [one] 1 price
       *[other] { $count } prices
    } saved in your copy and used from now on
app-prices-not-saved = { $name }: not saved; the prices marked in its form have problems, and the card in use is unchanged
app-prices-unchanged = { $name }: no price was changed, nothing saved
app-figure-head-what = Price
app-figure-head-value = Value
app-figure-head-status = Status
app-figure-fee = { $line }: monthly fee
app-figure-included = { $line }: included
app-figure-unit-price = { $line }: each one above the included
app-figure-unit-price-per = { $line }: each { $per } above the included
app-figure-range-price = { $line }, { $range }: price of the range
app-figure-tier-price = { $line }, { $range }: price of each
app-figure-discount = { $line } term: discount
app-figure-range = { $from } – { $to }
app-figure-range-open = above { $from }
app-figure-unknown = not published
app-figure-status-label = Status of { $what }
app-figure-note-label = Source of { $what }
app-figure-note-hint = where this figure comes from
app-figure-version-source = from the version's source
