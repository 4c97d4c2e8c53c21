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
