# Le devis, en français. Les termes de Web1on1 sont ceux de sa page « Explication des tarifs ».
# Nombres, montants et dates arrivent mis en forme ($n, $amount, $date) ; $count choisit le pluriel.
offer-title = Devis
offer-number = Numéro de devis
offer-date = Date
offer-valid-until = Valable jusqu'au
offer-valid-cut-meta = les tarifs WhatsApp de Meta changent le { $date }
offer-valid-cut-vendor = les prix de { $vendor } changent le { $date }
offer-for = Pour
offer-from = De
offer-usage = Hypothèses de ce devis, par mois
offer-description = Désignation
offer-quantity = Quantité
offer-unit-price = Prix unitaire
offer-amount = Montant
offer-discount-percent = Remise de { $percent } sur { $on }
offer-discount-amount = Remise sur { $on }
offer-on-plan-fee = l'abonnement
offer-on-total = le total
offer-net = Total HT
offer-vat = TVA { $percent }
offer-no-vat = Montants hors TVA.
offer-reverse-charge = Autoliquidation : la TVA est due par le preneur (article 196 de la directive 2006/112/CE).
offer-vat-source = Taux de TVA ({ $country }) : { $percent }, le taux normal ({ $source }).
offer-total = Total TTC par mois
offer-not-on-invoice = Hors de cette facture
offer-meta-direct = Frais WhatsApp payés directement à Meta : { $amount } par mois.
offer-in-house = Votre propre coût du travail que cette offre ne fait pas (votre estimation) : { $amount } par mois.
offer-uncovered = Non compris dans cette offre : { $what }.
offer-estimate = Ce devis est une estimation pour l'utilisation ci-dessus en { $month } ; il n'engage pas.
offer-appendix = Annexe : toutes les offres comparées, pour la même utilisation
offer-rank = Rang
offer-plan = Offre
offer-cost = Coût par mois
offer-cost-note = Coût par mois : tout ce que l'offre vous coûte pour cette utilisation, y compris ce que vous payez à d'autres et votre propre travail, hors TVA et avant remise.
offer-not-ranked = non comparable : { $why }
offer-offered = proposée
offer-page = Page { $page } sur { $pages }
line-plan-fee = Forfait { $plan }, abonnement mensuel
line-extra = { $unit } supplémentaires
line-extra-active = Contacts actifs supplémentaires
line-extra-engaged = Contacts engagés supplémentaires
line-extra-database = Contacts supplémentaires dans la base
line-extra-seats = Postes de chat en direct supplémentaires
line-extra-emails = E-mails supplémentaires, par { $per }
line-range-contacts = Contacts, de { $from } à { $to }
line-range-contacts-open = Contacts, à partir de { $from }
line-whatsapp-messages = Messages WhatsApp ({ $category }), { $market }
line-whatsapp-conversations = Conversations WhatsApp ({ $category }), { $market }
line-whatsapp-tier = { $line }, à partir du numéro { $from } du mois
category-marketing = marketing
category-utility = utilitaire
category-authentication = authentification
category-authentication_international = authentification internationale
category-service = service
category-business_initiated = à l'initiative de l'entreprise
category-user_initiated = à l'initiative du client
category-free_entry_point = point d'entrée gratuit
why-unknown-price = un prix n'est pas publié
why-uncovered = elle ne fait pas tout le travail et aucun coût interne n'est indiqué
why-no-rate = pas de taux de change vers la devise du devis
usage-engaged =
    { $count ->
        [one] { $n } contact engagé
       *[other] { $n } contacts engagés
    }
usage-active =
    { $count ->
        [one] { $n } contact actif
       *[other] { $n } contacts actifs
    }
usage-database =
    { $count ->
        [one] { $n } contact dans la base
       *[other] { $n } contacts dans la base
    }
usage-seats =
    { $count ->
        [one] { $n } poste de chat en direct
       *[other] { $n } postes de chat en direct
    }
usage-emails =
    { $count ->
        [one] { $n } e-mail envoyé
       *[other] { $n } e-mails envoyés
    }
usage-whatsapp-messages =
    { $count ->
        [one] { $n } message WhatsApp ({ $category }), { $country }
       *[other] { $n } messages WhatsApp ({ $category }), { $country }
    }
usage-whatsapp-conversations =
    { $count ->
        [one] { $n } conversation WhatsApp ({ $category }), { $country }
       *[other] { $n } conversations WhatsApp ({ $category }), { $country }
    }
usage-by-agent = { $what } par des agents
usage-by-bot = { $what } par un chatbot
outcome-test_drive =
    { $count ->
        [one] { $n } rendez-vous pour un essai
       *[other] { $n } rendez-vous pour un essai
    }
outcome-video_call =
    { $count ->
        [one] { $n } rendez-vous par appel vidéo
       *[other] { $n } rendez-vous par appel vidéo
    }
outcome-showroom_visit =
    { $count ->
        [one] { $n } rendez-vous pour une visite du showroom
       *[other] { $n } rendez-vous pour une visite du showroom
    }
outcome-quotation_request =
    { $count ->
        [one] { $n } demande de devis
       *[other] { $n } demandes de devis
    }
outcome-information_request =
    { $count ->
        [one] { $n } demande d'informations
       *[other] { $n } demandes d'informations
    }
outcome-trade_in_valuation =
    { $count ->
        [one] { $n } évaluation de reprise
       *[other] { $n } évaluations de reprise
    }
outcome-workshop_appointment =
    { $count ->
        [one] { $n } rendez-vous en atelier
       *[other] { $n } rendez-vous en atelier
    }
outcome-whatsapp_reminder =
    { $count ->
        [one] { $n } rappel de rendez-vous via WhatsApp
       *[other] { $n } rappels de rendez-vous via WhatsApp
    }
outcome-support_information =
    { $count ->
        [one] { $n } information communiquée
       *[other] { $n } informations communiquées
    }
outcome-support_action =
    { $count ->
        [one] { $n } demande d'intervention
       *[other] { $n } demandes d'intervention
    }
outcome-crm_lead =
    { $count ->
        [one] { $n } lead vers votre CRM
       *[other] { $n } leads vers votre CRM
    }
outcome-mql_to_sql =
    { $count ->
        [one] { $n } lead MQL à SQL
       *[other] { $n } leads MQL à SQL
    }
outcome-whatsapp_concierge =
    { $count ->
        [one] { $n } conversation avec le chatbot WhatsApp Concierge
       *[other] { $n } conversations avec le chatbot WhatsApp Concierge
    }
outcome-whatsapp_standard_reply =
    { $count ->
        [one] { $n } réponse standard WhatsApp
       *[other] { $n } réponses standard WhatsApp
    }
outcome-topic_selection =
    { $count ->
        [one] { $n } sélection de sujet
       *[other] { $n } sélections de sujet
    }
outcome-csat =
    { $count ->
        [one] { $n } enquête de satisfaction (CSAT)
       *[other] { $n } enquêtes de satisfaction (CSAT)
    }
country-NL = Pays-Bas
country-BE = Belgique
country-DE = Allemagne
country-FR = France
country-LU = Luxembourg
country-AT = Autriche
country-CH = Suisse
country-GB = Royaume-Uni
country-IE = Irlande
country-ES = Espagne
country-PT = Portugal
country-IT = Italie
country-DK = Danemark
country-SE = Suède
country-NO = Norvège
country-FI = Finlande
country-PL = Pologne
country-US = États-Unis

## Les écrans de l'application (ui/) : chaque id commence par `app-`. $count est un nombre, écrit
## comme la langue écrit les nombres, qui choisit le pluriel ; tout autre argument arrive en texte,
## déjà mis en forme (montants, noms de fichiers, noms d'offres). Ce qu'écrit le cœur
## (avertissements, noms d'offres, lignes de facture, conditions des grilles) est montré tel que le
## cœur le donne, en anglais.

app-tab-scenario = Scénario et comparaison
app-tab-breakeven = Seuil de rentabilité
app-tab-simulation = Simulation
app-tab-import = Importer
app-tab-ratecards = Grilles tarifaires
app-new = Nouveau…
app-open = Ouvrir…
app-save = Enregistrer
app-save-as = Enregistrer sous…
app-recent = Fichiers récents
app-recent-pick = Fichiers récents…
app-recent-none = Aucun fichier récent
app-export-csv = Exporter en CSV…
app-export-quote = Exporter le devis…
app-language = Langue
app-untitled = Scénario sans titre
app-unsaved = { $name } (modifications non enregistrées)
app-opened = { $path } ouvert
app-opened-example = Scénario d'exemple : groupe de concessionnaires NL
app-saved = { $path } enregistré
app-exported = { $path } exporté
app-not-saved = Non enregistré : le formulaire contient des erreurs (indiquées à côté des champs). Corrigez-les d'abord : le fichier ne serait pas ce que montre le formulaire.
app-not-exported = Non exporté : le formulaire contient des erreurs (indiquées à côté des champs). Corrigez-les d'abord : l'export ne serait pas ce que montre le formulaire.
app-new-blank = Nouveau scénario
app-undo = Annuler
app-redo = Rétablir
app-undone = Annulé : le formulaire est tel qu'avant votre dernière modification.
app-redone = Rétabli : votre modification est revenue.
app-nothing-to-undo = Rien à annuler.
app-nothing-to-redo = Rien à rétablir.
app-help = Aide
app-help-title = Aide de pricesim
app-help-intro = pricesim chiffre un mois de votre utilisation sur chaque formule pendant la saisie, classées selon ce que coûte tout le scénario. Les écrans :
app-help-scenario = Saisissez l'utilisation (contacts, résultats, WhatsApp par pays, conditions du contrat, vos propres coûts) : chaque formule est classée à côté ; ouvrez une formule pour l'aperçu de sa facture.
app-help-breakeven = Faites varier un nombre entre deux valeurs et voyez quelle formule est la moins chère sur chaque tronçon, et où la moins chère change.
app-help-simulation = Les mois à venir avec une croissance : le coût de chaque formule mois par mois, les portefeuilles avec leurs recharges.
app-help-import = Chiffrez un journal de messages WhatsApp ou un journal d'utilisation mois par mois, vérifiez une facture avec lui, exportez les résultats en CSV.
app-help-ratecards = Les prix utilisés et l'origine de chacun ; modifiez une copie d'une grille tarifaire, importez les fichiers de Meta ou de la BCE.
app-help-keys = Raccourcis clavier
app-help-head-action = Action
app-help-head-keys = Touches
app-help-view = Afficher un écran (dans l'ordre des onglets)
app-help-quit = Quitter (demande d'abord pour les modifications non enregistrées)
app-help-undo = Annuler reprend une modification à la fois : ce que vous avez saisi dans un champ avant de le quitter, un pays ajouté ou retiré, un choix fait. En annulant jusqu'au scénario tel qu'enregistré en dernier, la marque de modifications non enregistrées disparaît.
app-help-more = Aide → À propos indique la version. Le guide complet de l'application est docs/APP.md.
app-new-example = Nouveau scénario à partir d'un exemple
app-cards-problem = Vos grilles tarifaires modifiées n'ont pas pu être utilisées ; celles d'origine le sont : { $problem }
app-start-from = Partir de :
app-create = Créer
app-cancel = Annuler
app-close = Fermer
app-total = Total
app-problem-line = ligne { $line } : { $message }
app-problem-line-field = ligne { $line } ({ $field }) : { $message }
app-problem-field = { $field } : { $message }

# Le formulaire du scénario.
app-legend-scenario = Scénario
app-field-name = Nom
app-field-month = Mois
app-field-currency = Devise d'affichage
app-legend-counts = Contacts, agents, e-mails
app-count-engaged = Contacts engagés
app-count-active = Clients actifs
app-count-database = Contacts dans la base
app-count-seats = Agents de chat en direct
app-count-emails = E-mails envoyés
app-placeholder-as-engaged = comme engagés
app-legend-outcomes = Chats terminés par mois
app-head-outcome = Chat terminé
app-head-by-agent = par un agent
app-head-by-bot = par un chatbot
# $actor vaut `agent` ou `bot`.
app-outcome-by =
    { $actor ->
        [agent] { $outcome } par un agent
       *[bot] { $outcome } par un chatbot
    }
# Les termes de Web1on1, ceux de sa page « Explication des tarifs ».
app-outcome-test_drive = Rendez-vous pour un essai
app-outcome-video_call = Rendez-vous par appel vidéo
app-outcome-showroom_visit = Rendez-vous pour une visite du showroom
app-outcome-quotation_request = Demande de devis
app-outcome-information_request = Demande d'informations
app-outcome-trade_in_valuation = Évaluation de reprise
app-outcome-workshop_appointment = Rendez-vous en atelier
app-outcome-whatsapp_reminder = Rappel de rendez-vous via WhatsApp
app-outcome-support_information = Information communiquée
app-outcome-support_action = Demande d'intervention
app-outcome-crm_lead = Lead vers votre CRM
app-outcome-mql_to_sql = Lead MQL à SQL
app-outcome-whatsapp_concierge = Chatbot WhatsApp Concierge
app-outcome-whatsapp_standard_reply = Réponse standard WhatsApp
app-outcome-topic_selection = Sélection de sujet
app-outcome-csat = Enquête de satisfaction (CSAT)
app-legend-whatsapp = Trafic WhatsApp par mois (conversations ou messages modèles)
app-head-country = Pays
app-category-short-authentication = auth.
app-category-short-authentication_international = auth. intern.
app-category-short-free_entry_point = entrée gratuite
app-remove-country = Supprimer ce pays
app-add-country = Ajouter un pays : tapez { $code } ou { $name }
app-no-country = Aucun pays « { $typed } » : tapez son code à deux lettres ou son nom
app-usage-whatsapp = WhatsApp ({ $category }), { $country }
app-legend-in-house = Vos propres coûts, en { $currency } (là où une offre ne vend pas le travail)
app-in-house-hint = Vos propres estimations : une offre qui ne vend pas le travail (chats terminés, e-mails, postes) est chiffrée avec elles, signalées comme votre estimation. Un coût par chat terminé, ci-dessous, passe avant celui de son auteur.
app-in-house-agent = Un chat terminé par votre équipe
app-in-house-bot = Un chat terminé par votre chatbot
app-in-house-email = Un e-mail
app-in-house-seat = Un poste de chat en direct
app-in-house-per-outcome = Un coût par chat terminé
app-head-by-your-staff = par votre équipe
app-head-by-your-bot = par votre chatbot
app-placeholder-as-above = comme ci-dessus
app-in-house-of = Coût interne : { $what }
app-legend-terms = Vos conditions contractuelles
app-default = (par défaut)
app-check-count = un nombre entier, 0 ou plus (trouvé « { $found } »)
app-check-cost = un coût tel que 12.50 (avec un point), 0 ou plus (trouvé « { $found } »)
app-check-date = une date telle que 2026-12-02
dispute-title = Contestation de facture
dispute-to = À
dispute-invoice = Facture
dispute-plan = Formule
dispute-month = Mois facturé
dispute-usage = Ce que notre journal d'utilisation montre pour { $month }
dispute-lines = La facture, ligne par ligne
dispute-line = Ligne
dispute-status = Statut
dispute-billed = Facturé
dispute-log = Selon notre journal
dispute-difference = Écart
dispute-billed-quantity = Quantité facturée
dispute-log-quantity = Quantité selon notre journal
dispute-billed-amount = Montant facturé
dispute-log-amount = Montant selon notre journal
dispute-currency = Devise
dispute-why = Pourquoi
dispute-total = Total
dispute-why-heading = Ce qui explique les écarts
dispute-ask-credit = La facture compte { $amount } de plus que notre journal d'utilisation aux prix de la grille tarifaire : nous vous demandons un avoir de { $amount }.
dispute-under = La facture compte { $amount } de moins que notre journal d'utilisation aux prix de la grille tarifaire.
dispute-matches = Chaque ligne de la facture correspond à notre journal d'utilisation.
dispute-same-total = Le total de la facture correspond à notre journal d'utilisation, mais pas ses lignes.
dispute-basis = Notre journal d'utilisation de { $month }, chiffré ligne par ligne selon la grille tarifaire en vigueur ce mois-là.
dispute-status-matches = correspond
dispute-status-differs = diffère
dispute-status-not_in_log = absent de notre journal
dispute-status-not_invoiced = non facturé
dispute-why-no-line = notre journal d'utilisation ne donne pas cette ligne
dispute-why-twice = facturé deux fois ? Notre journal d'utilisation donne une seule ligne « { $line } », déjà associée à une ligne précédente de la facture
dispute-why-not-invoiced = notre journal d'utilisation donne cette ligne ; la facture ne l'a pas
dispute-why-more = { $units } unités facturées de plus que ce que donne notre journal d'utilisation
dispute-why-fewer = { $units } unités facturées de moins que ce que donne notre journal d'utilisation
dispute-why-too-far = la quantité facturée, { $quantity }, est trop éloignée de celle de notre journal pour être comparée
dispute-why-unit-price = { $quantity } × { $price } ferait { $amount } : le prix unitaire facturé n'est pas celui de la grille tarifaire
dispute-why-too-large = { $quantity } × { $price } est trop grand pour être calculé
dispute-why-points-more = facturer { $what } de plus ({ $each } points chacun) l'expliquerait
dispute-why-points-fewer = omettre { $what } ({ $each } points chacun) l'expliquerait
dispute-why-bot-at-agent = { $what }, facturés aux { $points } points d'un agent, l'expliqueraient
app-invoice-form-title = Comparer une facture à ce journal
app-invoice-form-intro = Saisissez les lignes de la facture telles que facturées, collez-les depuis un tableur (une rangée par ligne : description, quantité, montant ; séparés par des tabulations ou des virgules), ou importez-les en CSV.
app-invoice-plan = Formule facturée
app-invoice-month = Mois facturé
app-invoice-number = Numéro de facture
app-invoice-customer = Facturé à (vous)
app-invoice-head-description = Description sur la facture
app-invoice-head-quantity = Quantité
app-invoice-head-amount = Montant
app-invoice-add-line = Ajouter une ligne
app-invoice-remove-line = Supprimer cette ligne
app-invoice-paste = Collez ici des lignes d'un tableur
app-invoice-import = Importer des lignes (CSV)…
app-invoice-export-csv = Exporter la contestation (CSV)…
app-invoice-export-pdf = Exporter la contestation (PDF)…
app-invoice-saved = Contestation enregistrée : { $path }
app-invoice-lines-read =
    { $count ->
        [one] 1 ligne lue dans { $file }
       *[other] { $count } lignes lues dans { $file }
    }
app-head-difference = Écart
app-invoice-more = La facture compte { $amount } de plus que ce que donne le journal.
app-invoice-less = La facture compte { $amount } de moins que ce que donne le journal.
app-invoice-same = Le total de la facture est celui que donne le journal.
app-refused-warning =
    { $count ->
        [one] 1 message libre a été envoyé sans fenêtre de service client ouverte : Meta les refuse, il n'est donc pas facturé (listé sous « Refusés »).
       *[other] { $count } messages libres ont été envoyés sans fenêtre de service client ouverte : Meta les refuse, ils ne sont donc pas facturés (listés sous « Refusés »).
    }
app-source-contract-note = selon vos conditions contractuelles, saisies dans ce scénario
app-check-days = un nombre de jours, tel que 30
app-check-percent = un pourcentage tel que 10
app-check-amount = un montant tel que 50.00 (avec un point)
app-check-country = un code pays à deux lettres, tel que NL

# Le classement et l'aperçu de la facture.
app-ranking-title = { $scenario } · { $month } · classées en { $currency } selon ce que chaque offre vous coûte
app-head-plan = Offre
app-head-cost-in = Coût ({ $currency })
app-head-billed = Facturé
app-not-ranked-group = Non classées : le coût de ces offres n'est pas connu (chacune dit pourquoi)
app-no-cheapest = Aucune offre n'est marquée la moins chère : le coût de chaque offre n'est pas connu (voir chaque offre).
app-not-ranked = non classée
app-cost-in-house = { $amount } en interne
app-cost-meta = { $amount } à Meta
app-open-preview = Ouvrir l'aperçu de la facture
app-badge-cheapest = la moins chère
app-badge-unknown-price = un prix est inconnu
app-badge-needs-in-house = demande vos coûts internes
app-badge-not-sold = non classée : travail qu'elle ne vend pas
app-badge-examples =
    { $count ->
        [one] { $count } prix d'exemple ou non vérifié
       *[other] { $count } prix d'exemple ou non vérifiés
    }
app-badge-own-figures =
    { $count ->
        [one] { $count } votre chiffre
       *[other] { $count } vos chiffres
    }
app-badge-estimates =
    { $count ->
        [one] { $count } estimation personnelle
       *[other] { $count } estimations personnelles
    }
# $work vient du cœur, en anglais (`20 test drives`).
app-need-agent = Indiquez ce que vous coûte en interne un chat terminé par votre équipe ({ $work }) pour classer { $plan }.
app-need-bot = Indiquez ce que vous coûte en interne un chat terminé par votre chatbot ({ $work }) pour classer { $plan }.
app-need-email = Indiquez ce que vous coûte en interne un e-mail ({ $work }) pour classer { $plan }.
app-need-seat = Indiquez ce que vous coûte en interne un poste de chat en direct ({ $work }) pour classer { $plan }.
app-need-other = Indiquez ce que vous coûte en interne { $key } ({ $work }) pour classer { $plan }.
app-need-go = L'indiquer
app-invoice-title = Aperçu de la facture : { $plan } ({ $name }, grille du { $version })
app-billing-period = Période de facturation du { $from } au { $to }
app-payee-meta = Payé directement à Meta
app-payee-in-house = En interne, à vos propres coûts
app-total-meta = Total à Meta
app-total-in-house = Total en interne
app-head-line = Ligne
app-head-quantity = Quantité
app-head-unit-price = Prix unitaire
app-head-amount = Montant
app-head-price-from = Source du prix
app-scenario-cost = Coût du scénario sur cette offre : { $amount }
app-conversion = Facturé { $billed }, soit { $converted } à 1 { $from } = { $rate } { $to } (taux du { $date }, { $status })
app-meter = { $unit } : { $used } utilisés, { $included } inclus, { $over } en plus
app-wallet =
    Portefeuille : { $opening } au début, { $deducted } déduits, { $count ->
        [one] { $count } recharge
       *[other] { $count } recharges
    }, { $closing } à la fin. Votre carte est débitée de { $charged } ce mois-ci : l'abonnement et les recharges, de l'argent versé, pas le coût du mois (le total ci-dessus).
# D'où vient un prix (montré en capitales).
app-source-published = publié
app-source-derived = dérivé
app-source-reconstructed = reconstitué
app-source-unverified = non vérifié
app-source-example = exemple
app-source-contract = contrat
app-source-estimate = votre estimation

# Seuil de rentabilité et simulation.
app-vary = Varier
app-from = De
app-to = À
app-draw = Tracer
app-plans = Offres :
app-range-invalid = « De » et « À » sont des nombres entiers, « De » au plus égal à « À »
app-choose-plan = Choisissez au moins une offre
app-breakeven-alt = Coût de chaque offre selon { $axis }
app-export-svg = Exporter en SVG…
app-export-png = Exporter en PNG…
app-cheapest = La moins chère
app-stretch = de { $from } à { $to }
app-stretch-incomplete = son coût n'est pas connu partout
app-crossings = Croisements
app-head-at = À
app-head-cheaper = Moins chère à partir d'ici
app-head-cost = Coût
app-head-than = que
app-no-crossings = Aucun croisement : les offres gardent leur ordre sur toute la plage.
app-months = Mois
app-growth = Croissance par mois (%)
app-simulate = Simuler
app-months-invalid = Mois : un nombre entier de 1 à 600
app-simulation-alt = Coût de chaque offre, mois par mois
app-head-month = Mois
app-incomplete = (incomplet)
app-wallet-end = portefeuille { $amount } à la fin
app-topped-up = rechargé de { $amount } le { $day }

# Importer.
app-log = Journal
app-log-whatsapp = Journal des messages WhatsApp
app-log-usage = Journal d'utilisation (contacts engagés et chats terminés)
# $columns sont les noms de colonnes du fichier lui-même.
app-columns = Colonnes : { $columns }
app-timezone = Fuseau horaire
app-timezone-hint = Celui du compte (nom IANA, tel que Europe/Amsterdam) : les mois changent à son minuit.
app-currency = Devise
app-skip-invalid = Ignorer les lignes illisibles (comptées et listées)
app-import-run = Choisir un journal et le chiffrer…
app-import-intro = Choisissez un journal : il est chiffré mois par mois en un récapitulatif proche d'une facture. Les gros journaux montrent leur progression et peuvent être annulés.
app-choose-whatsapp = Choisissez le journal des messages WhatsApp dans la boîte de dialogue.
app-choose-usage = Choisissez le journal d'utilisation dans la boîte de dialogue.
app-reading-whatsapp = Lecture du journal des messages WhatsApp…
app-reading-usage = Lecture du journal d'utilisation…
app-starting = Démarrage…
app-progress = { $percent } % ({ $done } sur { $total })
app-read-again = Le journal n'est pas dans l'ordre chronologique : nouvelle lecture pour le trier.
app-rated = { $path } chiffré
app-cancelled = Annulé : rien n'a été importé.
app-rows =
    { $count ->
        [one] { $count } ligne lue, lignes ignorées : { $skipped }
       *[other] { $count } lignes lues, lignes ignorées : { $skipped }
    }
app-whatsapp-title = { $file } : WhatsApp aux tarifs de Meta
app-incomplete-rate = incomplet : un tarif est inconnu
app-account-zone = fuseau horaire du compte { $zone }
# $unit vaut `conversation` ou `message`.
app-growth-own = Croissance propre par mois (%)
app-growth-contacts = Contacts
app-growth-outcomes = Résultats
app-growth-whatsapp = WhatsApp
app-growth-as-above = comme ci-dessus
app-switch-saves = Passer de { $from } à { $to } en { $month } économise { $amount } sur { $months ->
    [one] le mois
   *[other] les { $months } mois
    }.
app-no-switch = Aucune autre offre ne devient moins chère que { $plan }, la moins chère le premier mois.
app-cumulative-alt = Coût cumulé de chaque offre, mois par mois
app-export-cumulative-svg = Exporter le coût cumulé en SVG…
app-export-cumulative-png = Exporter le coût cumulé en PNG…
app-invoiced = facture { $amount }
app-simulation-currency = Coûts en { $currency } : tout ce que le scénario coûte sur chaque offre, converti comme la comparaison convertit. Sous un coût, la facture du fournisseur dans sa propre devise quand elle diffère.
app-month-title =
    { $unit ->
        [conversation] { $month } · version tarifaire { $version } · facturé par conversation
        [message] { $month } · version tarifaire { $version } · facturé par message
       *[other] { $month } · version tarifaire { $version } · facturé par { $unit }
    }
app-head-market = Marché
app-head-category = Catégorie
app-head-billable = Facturables
app-head-free = Gratuits
app-head-free-because = Gratuits car
app-unknown = inconnu
app-reason-free_tier = niveau gratuit
app-reason-free_entry_point = point d'entrée gratuit
app-reason-customer_service_window = fenêtre de service client
app-reason-not_charged = non facturé
app-refused = Refusés :
app-refused-row = ligne { $line } ({ $contact } à { $time })
app-usage-title = { $file } : chaque offre, mois par mois
app-billed = facturé { $amount }
app-row-outcomes = Chats terminés par des agents et des chatbots
app-usage-note = Montants en { $currency } ; les chats terminés par l'équipe du client ne sont pas facturés. « { $open } » met cette utilisation dans le formulaire (les mois suivants comme un scénario mois par mois pour la simulation).
app-open-as-scenario = Ouvrir comme scénario
app-check-invoice = Vérifier une facture avec…
app-scenario-from = Scénario de { $file } (non enregistré)
app-invoice-check-title = Facture { $plan } { $month } :
app-matches-log = correspond au journal
app-differs-from-log = ne correspond pas au journal
app-head-status = Statut
app-head-log = Journal
app-head-billed-amount = Montant facturé
app-head-log-amount = Montant du journal
app-check-line-matches = correspond
app-check-line-differs = diffère
app-check-line-not_in_log = absente du journal
app-check-line-not_invoiced = non facturée

# Grilles tarifaires.
app-cards-intro = Les prix marqués exemple ou non vérifiés sont signalés dans chaque devis qui les utilise. Vos modifications sont enregistrées dans le dossier de données de l'application ; les grilles d'origine ne sont jamais modifiées.
app-card-label = Grille tarifaire { $name }
app-card-saved = { $name } : votre copie est enregistrée et utilisée dès maintenant
app-card-not-saved = { $name } : non enregistrée ; la copie a les problèmes listés dessous, et la grille utilisée est inchangée
app-card-reset-done = { $name } : la grille livrée est de nouveau utilisée
app-card-edited = votre copie modifiée
app-head-in-force = En vigueur depuis
app-head-plans = Offres
app-head-source = Source
app-card-edit = Modifier une copie
app-card-save = Vérifier et enregistrer ma copie
app-card-reset = Revenir à la grille d'origine
app-date-example = par exemple { $example }
app-above-cheapest = { $amount } de plus que la moins chère
app-year-cost = { $amount } par an
app-per-contact = { $amount } par contact engagé
app-per-outcome = { $amount } par résultat
app-save-copy = Enregistrer une copie…
app-saved-copy = Une copie est enregistrée sous { $path } ; vous modifiez toujours ce fichier
app-no-turns = L'offre la moins chère reste la même partout.
app-other-crossings = { $count ->
        [one] Un autre croisement, d'offres plus chères
       *[other] { $count } autres croisements, d'offres plus chères
    }
app-fx-title = Taux de change
app-fx-intro = Les offres facturées dans une autre devise sont comparées à ces taux : un mois est converti au dernier taux daté au plus tard de son dernier jour, l'autre sens à son inverse. Importez le fichier de la BCE ci-dessus pour les mettre à jour.
app-fx-head-rate = Dernier taux
app-fx-head-dated = Date
app-fx-head-held = Taux connus
app-fx-head-since = Depuis
app-fx-reset = Revenir aux taux d'origine
app-import-rates-title = Mettre les prix à jour avec les fichiers de Meta et de la BCE
app-import-rates-intro = Le fichier est lu et ce qu'il changerait est montré d'abord ; rien n'est écrit tant que vous ne l'appliquez pas. Les taux importés vont dans vos propres grilles, marqués publiés avec le nom du fichier comme source : vous vous portez garant du fichier. Les grilles livrées ne changent jamais.
app-import-meta-effective = Tarifs de Meta en vigueur à partir du
app-import-meta = Importer une grille de Meta (CSV)…
app-import-ecb = Importer les taux de change de la BCE…
app-import-ecb-hint = eurofxref-hist.csv, de la page des taux de référence de l'euro de la BCE (décompressé)
app-import-report-title = Ce que l'import changerait
app-import-meta-summary = { $file } : tarifs de Meta en { $currency } à partir du { $effective } pour { $markets ->
        [one] un marché
       *[other] { $markets } marchés
    }. Tarifs qui changent : { $changes } ; identiques à la veille : { $unchanged }.
app-import-meta-absent = { $count ->
        [one] Un marché que le fichier ne donne pas garde ses tarifs
       *[other] { $count } marchés que le fichier ne donne pas gardent leurs tarifs
    }
app-import-replaced = Remplacés : { $rows }
app-import-fx-summary = { $file } : { $currencies } devises utilisées par pricesim ; { $rates } taux de fin de mois gardés (un mois est converti à son dernier taux).
app-import-fx-left-out = Devises que pricesim n'utilise pas, laissées de côté : { $currencies }
app-import-head-market = Marché
app-import-head-category = Catégorie
app-import-head-before = Avant
app-import-head-after = Après
app-import-head-change = Variation
app-import-head-span = Dans le fichier
app-import-head-months = Mois
app-import-writes = Appliquer écrit dans { $folder } : { $files }
app-import-writes-new = Appliquer crée vos propres grilles dans { $folder } à partir de celles livrées, et écrit : { $files }
app-import-apply = Appliquer l'import
app-import-cancel = Laisser
app-import-applied = { $file } : importé ; les devis l'utilisent désormais
app-import-not-applied = { $file } : non importé ; vos grilles sont inchangées
app-import-left = { $file } : laissé, non importé ; vos grilles sont inchangées
app-import-refused = Ce fichier ne peut pas être importé ; rien n'a été écrit :
app-prices-as-of = Prix à la date de : { $list }

# Le formulaire du devis : les détails du document (le document lui-même est dans sa propre langue).
app-quote-title = Document de devis
app-quote-intro = Ce que dit le document en plus de l'utilisation. Enregistré avec le scénario, sous [quote].
app-quote-who = Qui et quand
app-quote-customer = Client
app-quote-prepared-by = Préparé par
app-quote-company = Votre société
app-quote-email = Votre e-mail
app-quote-logo = Logo (PNG ou SVG)
app-choose = Choisir…
app-quote-number = Numéro de devis
app-quote-date = Date
app-quote-date-placeholder = aujourd'hui (AAAA-MM-JJ)
app-quote-valid-days = Valable (jours)
app-quote-price = Prix
app-discount = Remise
app-discount-none = Aucune
app-discount-percent = Pourcentage
app-discount-amount = Montant
app-discount-on-plan-fee = sur l'abonnement
app-discount-on-total = sur le total
app-vat = TVA
app-vat-none = Pas de ligne de TVA
app-vat-reverse = Autoliquidation (entreprise de l'UE)
app-vat-rate = { $country } { $percent } %
app-quote-language = Langue du devis
app-quote-language-default = English (par défaut)
app-quote-compare = Ajouter en annexe toutes les offres comparées, classées
app-quote-plans = Offres proposées (aucune cochée : la moins chère)
app-quote-not-exported = Non exporté : le scénario contient des erreurs (indiquées à côté des champs). Corrigez-les d'abord.
app-quote-check = À vérifier avant l'envoi (non montré au client) :
app-quote-all-published = Chaque prix qu'il contient est publié ou vient de votre contrat.
app-export-pdf = Exporter en PDF…
app-export-html = Exporter en HTML…

## Ranges: counts the user is unsure of, and what they do to the ranking
app-legend-ranges = Fourchettes (volumes incertains)
app-ranges-hint = Donnez à un volume son minimum et son maximum : le classement montre alors la dispersion du coût de chaque offre et la fréquence à laquelle elle est la moins chère. Le volume attendu est celui de son champ ci-dessus.
app-range-add = Ajouter une fourchette à…
app-range-remove = Supprimer cette fourchette
app-range-alone = varie seul
app-range-with = suit { $count }
app-range-low-of = Minimum de { $count }
app-range-high-of = Maximum de { $count }
app-range-with-of = Ce qui entraîne { $count }
app-head-count = Volume
app-head-low = Minimum
app-head-expected = Attendu
app-head-high = Maximum
app-check-range-order = minimum, attendu et maximum doivent croître : { $low } ≤ { $expected } ≤ { $high }
app-spread-title = 1 mois sur 10 sous { $p10 }, la moitié sous { $p50 }, 1 sur 10 au-dessus de { $p90 }
app-spread = médiane { $p50 } ; de { $p10 } à { $p90 }
app-chance = la moins chère dans { $percent } % des cas
app-sampling = Sur { $samples } mois tirés au hasard (lois triangulaires, graine { $seed }) : les mêmes chiffres à chaque calcul et dans pricesim quote.
app-assumptions = entre { $low } et { $high } selon : { $questions }
app-assumptions-title = Règles non vérifiées dont dépend ce coût
app-not-known = inconnu
app-headroom = { $plan } reste la moins chère tant qu'un seul volume change, les autres fixes :
app-headroom-count = { $count } ({ $expected }) :
app-headroom-up = peut augmenter de { $percent } % (jusqu'à { $at }) avant que { $plan } soit moins chère
app-headroom-up-none = reste la moins chère jusqu'à { $to }
app-headroom-down = sous { $at }, { $plan } est moins chère
app-headroom-down-none = reste la moins chère jusqu'à 0
app-next-change = À partir du { $date } ({ $cards }), le même usage coûte { $cost } avec { $plan }, alors la moins chère.
app-next-change-reranks = Le classement change.
app-next-change-same = Le classement reste le même.
app-fan-title = Sur les fourchettes
app-fan-hint = Le coût de chaque offre selon le même volume, en bande de P10 à P90 des mois tirés des autres fourchettes du scénario, la médiane en trait ; la fourchette propre du volume est grisée. Là où les bandes se chevauchent, l'offre la moins chère n'est pas certaine.
app-fan-alt = Dispersion du coût de chaque offre selon { $axis }
app-export-fan-svg = Exporter l'éventail en SVG…
app-export-fan-png = Exporter l'éventail en PNG…

# The price form of the rate-card screen, and the TOML editor beside it.
app-source-user = votre chiffre
app-card-edit-toml = Modifier le TOML (avancé)
app-card-go-to-line = Montrer cette ligne dans l'éditeur
app-prices-title = Prix
app-prices-intro = Modifiez une valeur et elle devient votre chiffre, signalé comme tel dans chaque devis qui l'utilise. Seuls les prix modifiés sont écrits dans votre copie de la grille, vérifiée comme toute modification avant d'être utilisée.
app-prices-version = En vigueur depuis le { $date } ({ $plans ->
        [one] 1 offre
       *[other] { $plans } offres
    })
app-prices-save = Vérifier et enregistrer mes prix
app-prices-saved = { $name } : { $count ->
        [one] 1 prix enregistré
       *[other] { $count } prix enregistrés
    } dans votre copie et utilisés désormais
app-prices-not-saved = { $name } : non enregistré ; les prix signalés dans le formulaire posent problème, et la grille utilisée est inchangée
app-prices-unchanged = { $name } : aucun prix modifié, rien n'est enregistré
app-figure-head-what = Prix
app-figure-head-value = Valeur
app-figure-head-status = Statut
app-figure-fee = { $line } : abonnement mensuel
app-figure-included = { $line } : inclus
app-figure-unit-price = { $line } : chaque unité au-delà de l'inclus
app-figure-unit-price-per = { $line } : chaque lot de { $per } au-delà de l'inclus
app-figure-range-price = { $line }, { $range } : prix de la tranche
app-figure-tier-price = { $line }, { $range } : prix unitaire
app-figure-discount = Durée { $line } : remise
app-figure-range = { $from } – { $to }
app-figure-range-open = au-delà de { $from }
app-figure-unknown = non publié
app-figure-status-label = Statut de { $what }
app-figure-note-label = Source de { $what }
app-figure-note-hint = d'où vient ce chiffre
app-figure-version-source = avec la source de la version
