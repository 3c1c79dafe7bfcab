## The Shop settings window (the window's language is in ui-language.ftl).
settings-title = Shop settings
settings-shop-name = Shop name
settings-shop-name-hint = printed on reports
settings-locale = Locale
settings-currency = Currency
settings-phone-country = Phone country
settings-phone-country-tip = Phone numbers written without +country code are read as this country's (FR, GB, US…)
# Under the settings. $day_first: "yes" when 03/04/2025 is read day first; $decimal: "comma" or "dot", the decimal mark of exports; $delimiter: the character between columns of exports.
settings-dates-and-exports = { $day_first ->
        [yes] Dates like 03/04/2025 are read as 3 April 2025.
       *[no] Dates like 03/04/2025 are read as March 4, 2025.
    } { $decimal ->
        [comma] Exports use a decimal comma and '{ $delimiter }' between columns.
       *[dot] Exports use a decimal dot and '{ $delimiter }' between columns.
    }
settings-save = Save
settings-cancel = Cancel
