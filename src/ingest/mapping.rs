//! Mapping: which column of a file feeds which contact or sale field.
//!
//! Guesses come from header names in English, French, Russian, Chinese and Armenian and
//! the names common exports use (FEBRL, web shops, tills), then from the values (e-mails,
//! phones, dates, amounts). Several columns may feed one field (FEBRL's `street_number`
//! and `address_1` become one street); a column that feeds no field is kept in `extra`.

use crate::clean::fold;

use super::values::{DateRules, Decimal};
use super::values::{looks_like_email, looks_like_phone, parse_datetime, parse_number};
use crate::model::DateOrder;

/// What a file holds.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ImportKind {
    /// People and companies.
    #[default]
    Contacts,
    /// Sale lines: a customer's, or walk-in sales that name nobody.
    Sales,
}

impl ImportKind {
    /// The word used on the command line and in the history.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::Contacts => "contacts",
            ImportKind::Sales => "sales",
        }
    }
}

/// A field a column can feed: the contact and sale columns of the data model, and `name`
/// for a full name that is split into first and last name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Reference in the source system (loyalty card, account number).
    ExternalRef,
    /// Given name.
    FirstName,
    /// Family name.
    LastName,
    /// Full name, split into first and last name.
    Name,
    /// Company.
    Company,
    /// E-mail.
    Email,
    /// Phone.
    Phone,
    /// Street, first line.
    Street,
    /// Street, second line.
    Street2,
    /// City.
    City,
    /// Postal code.
    Postcode,
    /// Region or state.
    Region,
    /// Country.
    Country,
    /// Date of birth.
    BirthDate,
    /// Gender.
    Gender,
    /// Language.
    Language,
    /// Marketing consent.
    MarketingConsent,
    /// When consent was given.
    ConsentDate,
    /// The customer's reference, in a sales file.
    CustomerRef,
    /// Order or receipt number.
    OrderRef,
    /// Date (and time) of the sale.
    SoldAt,
    /// Product.
    Product,
    /// Product category.
    Category,
    /// Quantity.
    Quantity,
    /// Price of one unit.
    UnitPrice,
    /// Discount on the line.
    Discount,
    /// Line amount.
    Amount,
    /// Cost of the goods.
    Cost,
    /// Sales channel.
    Channel,
    /// Payment method.
    PaymentMethod,
    /// Store or outlet.
    Store,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 31] = [
        Field::ExternalRef,
        Field::FirstName,
        Field::LastName,
        Field::Name,
        Field::Company,
        Field::Email,
        Field::Phone,
        Field::Street,
        Field::Street2,
        Field::City,
        Field::Postcode,
        Field::Region,
        Field::Country,
        Field::BirthDate,
        Field::Gender,
        Field::Language,
        Field::MarketingConsent,
        Field::ConsentDate,
        Field::CustomerRef,
        Field::OrderRef,
        Field::SoldAt,
        Field::Product,
        Field::Category,
        Field::Quantity,
        Field::UnitPrice,
        Field::Discount,
        Field::Amount,
        Field::Cost,
        Field::Channel,
        Field::PaymentMethod,
        Field::Store,
    ];

    /// The field's name: the column name of the data model (`--map FIELD=COLUMN`).
    pub fn name(self) -> &'static str {
        match self {
            Field::ExternalRef => "external_ref",
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Name => "name",
            Field::Company => "company",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Street => "street",
            Field::Street2 => "street2",
            Field::City => "city",
            Field::Postcode => "postcode",
            Field::Region => "region",
            Field::Country => "country",
            Field::BirthDate => "birth_date",
            Field::Gender => "gender",
            Field::Language => "language",
            Field::MarketingConsent => "marketing_consent",
            Field::ConsentDate => "consent_date",
            Field::CustomerRef => "customer_ref",
            Field::OrderRef => "order_ref",
            Field::SoldAt => "sold_at",
            Field::Product => "product",
            Field::Category => "category",
            Field::Quantity => "quantity",
            Field::UnitPrice => "unit_price",
            Field::Discount => "discount",
            Field::Amount => "amount",
            Field::Cost => "cost",
            Field::Channel => "channel",
            Field::PaymentMethod => "payment_method",
            Field::Store => "store",
        }
    }

    /// The field in words, as the window shows it ("Customer number", "Date of sale").
    pub fn label(self) -> &'static str {
        match self {
            Field::ExternalRef => "Customer number",
            Field::FirstName => "First name",
            Field::LastName => "Last name",
            Field::Name => "Full name",
            Field::Company => "Company",
            Field::Email => "E-mail",
            Field::Phone => "Phone",
            Field::Street => "Street",
            Field::Street2 => "Street, second line",
            Field::City => "City",
            Field::Postcode => "Postcode",
            Field::Region => "Region or state",
            Field::Country => "Country",
            Field::BirthDate => "Date of birth",
            Field::Gender => "Gender",
            Field::Language => "Language",
            Field::MarketingConsent => "Marketing consent",
            Field::ConsentDate => "Date of consent",
            Field::CustomerRef => "Customer number (on the sale)",
            Field::OrderRef => "Order number",
            Field::SoldAt => "Date of sale",
            Field::Product => "Product",
            Field::Category => "Category",
            Field::Quantity => "Quantity",
            Field::UnitPrice => "Unit price",
            Field::Discount => "Discount",
            Field::Amount => "Amount",
            Field::Cost => "Cost",
            Field::Channel => "Sales channel",
            Field::PaymentMethod => "Payment method",
            Field::Store => "Store",
        }
    }

    /// The field with this name, if any.
    pub fn from_name(name: &str) -> Option<Field> {
        let name = name.trim().to_ascii_lowercase();
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the field describes a sale line (the others describe the customer).
    pub fn is_sale_field(self) -> bool {
        matches!(
            self,
            Field::CustomerRef
                | Field::OrderRef
                | Field::SoldAt
                | Field::Product
                | Field::Category
                | Field::Quantity
                | Field::UnitPrice
                | Field::Discount
                | Field::Amount
                | Field::Cost
                | Field::Channel
                | Field::PaymentMethod
                | Field::Store
        )
    }

    /// Whether the field holds a date.
    pub fn is_date(self) -> bool {
        matches!(self, Field::BirthDate | Field::ConsentDate | Field::SoldAt)
    }

    /// Whether the field holds a number or an amount of money.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Field::Quantity | Field::UnitPrice | Field::Discount | Field::Amount | Field::Cost
        )
    }
}

/// Header names, folded (lower case, no accents, punctuation and spaces removed), by field.
const HEADER_NAMES: &[(Field, &[&str])] = &[
    (
        Field::ExternalRef,
        &[
            "recid",
            "id",
            "customer",
            "client",
            "customerid",
            "clientid",
            "customernumber",
            "customerno",
            "customerref",
            "cardnumber",
            "card",
            "loyaltycard",
            "memberid",
            "membernumber",
            "accountid",
            "codeclient",
            "numeroclient",
            "nclient",
            "noclient",
            "idclient",
            "refclient",
            "ref",
            "carte",
            "cartefidelite",
            "номерклиента",
            "кодклиента",
            "номеркарты",
            "客户编号",
            "客户id",
            "会员号",
            "会员编号",
            "հաճախորդիհամար",
            "externalref",
            "referenceid",
            "customerreferenceid",
            "контрагент",
            "покупатель",
            "买家会员名",
            "会员名",
            "kundennummer",
        ],
    ),
    (
        Field::FirstName,
        &[
            "firstname",
            "givenname",
            "forename",
            "first",
            "prenom",
            "имя",
            "名",
            "名字",
            "անուն",
            "firstnamebilling",
            "billingfirstname",
        ],
    ),
    (
        Field::LastName,
        &[
            "lastname",
            "surname",
            "familyname",
            "last",
            "nom",
            "nomdefamille",
            "фамилия",
            "姓",
            "ազգանուն",
            "lastnamebilling",
            "billinglastname",
        ],
    ),
    (
        Field::Name,
        &[
            "name",
            "fullname",
            "customername",
            "clientname",
            "nomcomplet",
            "фио",
            "姓名",
            "客户名称",
            "客户姓名",
            "անունազգանուն",
            "收货人姓名",
            "billingname",
            "имяпокупателя",
            "displayname",
        ],
    ),
    (
        Field::Company,
        &[
            "company",
            "companyname",
            "business",
            "organisation",
            "organization",
            "societe",
            "entreprise",
            "raisonsociale",
            "компания",
            "организация",
            "公司",
            "公司名称",
            "ընկերություն",
            "organizationname",
            "organisationname",
            "defaultaddresscompany",
            "billingcompany",
            "companybilling",
            "firma",
        ],
    ),
    (
        Field::Email,
        &[
            "email",
            "emailaddress",
            "mail",
            "courriel",
            "adresseemail",
            "adressemail",
            "электроннаяпочта",
            "почта",
            "邮箱",
            "电子邮件",
            "电子邮箱",
            "էլփոստ",
            "էլհասցե",
            "email1value",
            "customeremail",
            "billingemail",
            "emailbilling",
            "emailaddress1",
        ],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "phonenumber",
            "telephone",
            "tel",
            "mobile",
            "mobilephone",
            "cell",
            "cellphone",
            "portable",
            "numerodetelephone",
            "телефон",
            "мобильный",
            "моб",
            "电话",
            "手机",
            "手机号",
            "联系电话",
            "հեռախոս",
            "հեռախոսահամար",
            "联系手机",
            "телефонпокупателя",
            "businessphone",
            "homephone",
            "defaultaddressphone",
            "billingphone",
            "phonebilling",
            "phone1value",
            "telefon",
        ],
    ),
    (
        Field::Street,
        &[
            "street",
            "streetaddress",
            "address",
            "address1",
            "addressline1",
            "adresse",
            "adresse1",
            "rue",
            "voie",
            "улица",
            "адрес",
            "地址",
            "街道",
            "հասցե",
            "streetnumber",
            "фактическийадрес",
            "юридическийадрес",
            "defaultaddressaddress1",
            "billingaddress1",
            "homestreet",
            "businessstreet",
            "address1street",
            "streetaddress1",
            "收货地址",
            "strasse",
        ],
    ),
    (
        Field::Street2,
        &[
            "address2",
            "addressline2",
            "street2",
            "adresse2",
            "complementdadresse",
            "complement",
            "адрес2",
            "defaultaddressaddress2",
            "billingaddress2",
            "homestreet2",
            "businessstreet2",
            "streetaddress2",
        ],
    ),
    (
        Field::City,
        &[
            "city",
            "town",
            "suburb",
            "locality",
            "ville",
            "localite",
            "commune",
            "город",
            "населенныйпункт",
            "城市",
            "市",
            "քաղաք",
            "homecity",
            "businesscity",
            "address1city",
            "defaultaddresscity",
            "billingcity",
            "citybilling",
            "ort",
            "stadt",
        ],
    ),
    (
        Field::Postcode,
        &[
            "postcode",
            "postalcode",
            "zip",
            "zipcode",
            "codepostal",
            "cp",
            "индекс",
            "почтовыйиндекс",
            "邮编",
            "邮政编码",
            "փոստայինինդեքս",
            "ինդեքս",
            "homepostalcode",
            "businesspostalcode",
            "address1postalcode",
            "defaultaddresszip",
            "billingzip",
            "postcodebilling",
            "plz",
            "postleitzahl",
        ],
    ),
    (
        Field::Region,
        &[
            "state",
            "region",
            "county",
            "province",
            "departement",
            "область",
            "регион",
            "край",
            "省",
            "地区",
            "省份",
            "մարզ",
            "homestate",
            "businessstate",
            "address1region",
            "defaultaddressprovincecode",
            "billingprovince",
            "statecodebilling",
            "provincecode",
        ],
    ),
    (
        Field::Country,
        &[
            "country",
            "countrycode",
            "pays",
            "страна",
            "国家",
            "国家地区",
            "երկիր",
            "homecountry",
            "businesscountry",
            "address1country",
            "defaultaddresscountrycode",
            "billingcountry",
            "countrycodebilling",
            "land",
        ],
    ),
    (
        Field::BirthDate,
        &[
            "dateofbirth",
            "dob",
            "birthdate",
            "birthday",
            "datedenaissance",
            "naissance",
            "датарождения",
            "деньрождения",
            "出生日期",
            "生日",
            "ծննդյանամսաթիվ",
            "anniversaire",
            "datenaissance",
            "生日日期",
            "ծննդյանօր",
        ],
    ),
    (
        Field::Gender,
        &[
            "gender", "sex", "sexe", "genre", "civilite", "пол", "性别", "սեռ",
        ],
    ),
    (
        Field::Language,
        &["language", "lang", "langue", "язык", "语言", "լեզու"],
    ),
    (
        Field::MarketingConsent,
        &[
            "consent",
            "marketingconsent",
            "acceptsmarketing",
            "newsletter",
            "optin",
            "emailoptin",
            "consentement",
            "consentementmarketing",
            "согласие",
            "согласиенарассылку",
            "рассылка",
            "同意营销",
            "订阅",
            "համաձայնություն",
            "acceptsemailmarketing",
            "emailsubscriptionstatus",
            "emailmarketingconsent",
            "emailmarketing",
            "acceptenewsletter",
            "abonnenewsletter",
            "inscritnewsletter",
            "подписка",
            "подписканарассылку",
            "营销同意",
            "订阅邮件",
            "接受营销",
            "բաժանորդագրություն",
            "համաձայնությունգովազդի",
        ],
    ),
    (
        Field::ConsentDate,
        &[
            "consentdate",
            "optindate",
            "dateconsentement",
            "датасогласия",
        ],
    ),
    (
        Field::OrderRef,
        &[
            "order",
            "orderid",
            "ordernumber",
            "orderno",
            "orderref",
            "receipt",
            "receiptnumber",
            "invoice",
            "invoicenumber",
            "invoiceno",
            "ticket",
            "transactionid",
            "commande",
            "numerodecommande",
            "ncommande",
            "facture",
            "numerodefacture",
            "заказ",
            "номерзаказа",
            "чек",
            "номерчека",
            "订单号",
            "订单",
            "订单编号",
            "պատվեր",
            "պատվերիհամար",
            "commanden",
            "transaktionsnummer",
            "номердокумента",
            "订单号码",
        ],
    ),
    (
        Field::SoldAt,
        &[
            "date",
            "orderdate",
            "saledate",
            "purchasedate",
            "invoicedate",
            "transactiondate",
            "createdat",
            "datetime",
            "soldat",
            "datedevente",
            "datedecommande",
            "datedachat",
            "дата",
            "датазаказа",
            "датапродажи",
            "日期",
            "下单时间",
            "订单日期",
            "销售日期",
            "ամսաթիվ",
            "订单创建时间",
            "datum",
            "createdutc",
            "created",
            "paymentdate",
            "orderdatetime",
            "датадокумента",
        ],
    ),
    (
        Field::Product,
        &[
            "product",
            "productname",
            "item",
            "itemname",
            "article",
            "sku",
            "produit",
            "designation",
            "libelle",
            "товар",
            "продукт",
            "наименование",
            "商品",
            "产品",
            "商品名称",
            "ապրանք",
            "beschreibung",
            "produits",
            "宝贝标题",
            "lineitemname",
            "artikel",
            "номенклатура",
        ],
    ),
    (
        Field::Category,
        &[
            "category",
            "productcategory",
            "categorie",
            "famille",
            "rayon",
            "категория",
            "类别",
            "分类",
            "品类",
            "կատեգորիա",
        ],
    ),
    (
        Field::Quantity,
        &[
            "quantity",
            "qty",
            "qte",
            "quantite",
            "количество",
            "колво",
            "数量",
            "քանակ",
            "units",
            "menge",
            "宝贝总数量",
            "lineitemquantity",
            "articlesvendus",
        ],
    ),
    (
        Field::UnitPrice,
        &[
            "unitprice",
            "price",
            "priceeach",
            "prix",
            "prixunitaire",
            "pu",
            "цена",
            "ценазаединицу",
            "单价",
            "价格",
            "գին",
            "միավորիգին",
            "preis",
            "lineitemprice",
            "itemcost",
        ],
    ),
    (
        Field::Discount,
        &[
            "discount",
            "remise",
            "reduction",
            "rabais",
            "скидка",
            "折扣",
            "优惠",
            "զեղչ",
            "rabatt",
            "lineitemdiscount",
        ],
    ),
    (
        Field::Amount,
        &[
            "amount",
            "total",
            "linetotal",
            "lineamount",
            "revenue",
            "sales",
            "totalprice",
            "montant",
            "montantttc",
            "totalttc",
            "sum",
            "сумма",
            "итого",
            "金额",
            "总价",
            "总额",
            "գումար",
            "买家实际支付金额",
            "netsales",
            "ventesnettes",
            "ordertotal",
            "ordertotalamount",
            "grandtotal",
            "betrag",
            "实付款",
        ],
    ),
    (
        Field::Cost,
        &[
            "cost",
            "costprice",
            "cout",
            "prixdachat",
            "себестоимость",
            "成本",
            "ինքնարժեք",
        ],
    ),
    (
        Field::Channel,
        &[
            "channel",
            "saleschannel",
            "canal",
            "canaldevente",
            "канал",
            "渠道",
            "销售渠道",
            "ալիք",
        ],
    ),
    (
        Field::PaymentMethod,
        &[
            "payment",
            "paymentmethod",
            "paymenttype",
            "paiement",
            "modedepaiement",
            "reglement",
            "оплата",
            "способоплаты",
            "支付方式",
            "付款方式",
            "վճարում",
            "zahlungsmethode",
            "видоплаты",
            "paymentmethodtitle",
        ],
    ),
    (
        Field::Store,
        &[
            "store",
            "shop",
            "outlet",
            "storename",
            "location",
            "boutique",
            "magasin",
            "pointdevente",
            "магазин",
            "точка",
            "门店",
            "店铺",
            "խանութ",
        ],
    ),
];

/// Words that name a product in a sales file and the contact's name in a contacts file.
const CONTACT_NAME_WORDS: &[&str] = &["наименование", "designation", "libelle"];

/// A header folded for comparison: lower case, accents and everything but letters and digits
/// removed ("Date de naissance" -> "datedenaissance", "N° client" -> "nclient").
pub fn header_key(header: &str) -> String {
    fold(header)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Every header word of [`HEADER_NAMES`] by its folded key, folded once: a file may have
/// thousands of columns, and folding the whole table again for each of them made the
/// header's reading grow with the columns times the words. The first field that lists a
/// key keeps it, as a search of the table in order would.
fn header_fields() -> &'static std::collections::HashMap<String, Field> {
    static FIELDS: std::sync::OnceLock<std::collections::HashMap<String, Field>> =
        std::sync::OnceLock::new();
    FIELDS.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for (field, names) in HEADER_NAMES {
            for name in *names {
                map.entry(header_key(name)).or_insert(*field);
            }
        }
        map
    })
}

/// The field a header name suggests for this kind of file.
pub fn field_for_header(header: &str, kind: ImportKind) -> Option<Field> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    let field = *header_fields().get(&key)?;
    // In a sales file a bare `id` is the line's or the order's own number (Shopify's `Id`,
    // PrestaShop's `ID`), never the customer's; in a contacts file a product's word
    // (`Наименование`) is the contact's name.
    if kind == ImportKind::Sales && matches!(key.as_str(), "id" | "recid") {
        return None;
    }
    if kind == ImportKind::Contacts
        && field == Field::Product
        && CONTACT_NAME_WORDS.contains(&key.as_str())
    {
        return Some(Field::Name);
    }
    // In a sales file the customer's number is how lines find their customer.
    Some(match (kind, field) {
        (ImportKind::Sales, Field::ExternalRef) => Field::CustomerRef,
        (ImportKind::Contacts, Field::CustomerRef) => Field::ExternalRef,
        (_, f) => f,
    })
}

/// Why a column feeds its field, as `import --dry-run --json` and the Import tab say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The column's name says it (and, for fields whose values look like others', its
    /// values agree).
    Header,
    /// The column's values say it (the header says nothing).
    Values,
    /// A known export layout says it (the layout's name).
    Layout(String),
    /// The person chose it (`--map`, the Import tab, or the mapping used last time).
    Chosen,
}

impl Why {
    /// "header", "values", "layout: Shopify orders" or "chosen".
    pub fn describe(&self) -> String {
        match self {
            Why::Header => "header".to_string(),
            Why::Values => "values".to_string(),
            Why::Layout(name) => format!("layout: {name}"),
            Why::Chosen => "chosen".to_string(),
        }
    }
}

/// The guessed mapping of a file: a field and a reason for every column, and the known
/// layout recognised by the header, if any.
#[derive(Clone, Debug, Default)]
pub struct Guess {
    /// The field each column feeds (None: kept in `extra`).
    pub columns: Vec<Option<Field>>,
    /// Why each column feeds its field (None where it feeds none).
    pub why: Vec<Option<Why>>,
    /// The layout recognised by its header signature.
    pub layout: Option<&'static super::layouts::Layout>,
}

/// Guesses the field of every column (see [`guess_mapping`]).
pub fn guess_columns(
    headers: &[String],
    samples: &[Vec<String>],
    kind: ImportKind,
) -> Vec<Option<Field>> {
    guess_mapping(headers, samples, kind).columns
}

/// Guesses the field of every column: from a known layout when the header is one's
/// signature; otherwise from the header first, then from sample values for columns whose
/// header says nothing. A field already taken by a header is not guessed again from values
/// (except streets, which may take several columns).
///
/// Fields whose values look like another field's are never taken from the values alone:
/// a birth date only from a birth-date header; a customer number, an e-mail, a person's
/// name and a product only when the header says so and the values agree (a `Card` column
/// of amounts is no customer number, a `Name` column of `#1001` is no person).
pub fn guess_mapping(headers: &[String], samples: &[Vec<String>], kind: ImportKind) -> Guess {
    if let Some(layout) = super::layouts::recognise(headers) {
        let columns = layout.columns_for(headers, kind);
        let why = columns
            .iter()
            .map(|c| c.map(|_| Why::Layout(layout.name.clone())))
            .collect();
        return Guess {
            columns,
            why,
            layout: Some(layout),
        };
    }
    let mut columns: Vec<Option<Field>> =
        headers.iter().map(|h| field_for_header(h, kind)).collect();
    // A sales file's customer fields are fine; a contacts file has no sale fields.
    if kind == ImportKind::Contacts {
        for c in &mut columns {
            if c.is_some_and(Field::is_sale_field) {
                *c = None;
            }
        }
    }
    // A header written exactly as a field's name (as Clientele's own exports write them:
    // `external_ref` next to `customer_id`) takes that field before any synonym in an
    // earlier column, so an exported file imports back the way it was written.
    let exact: Vec<Field> = headers
        .iter()
        .zip(&columns)
        .filter_map(|(h, c)| c.filter(|f| h.trim() == f.name()))
        .collect();
    for (h, c) in headers.iter().zip(columns.iter_mut()) {
        if c.is_some_and(|f| exact.contains(&f) && h.trim() != f.name()) {
            *c = None;
        }
    }
    let values_of = |i: usize| -> Vec<&str> {
        samples
            .iter()
            .filter_map(|r| r.get(i))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .take(200)
            .collect()
    };
    // A header that names a field whose values could be another's: the values must agree.
    // A customer's "name" column of person-like values in a sales file (WooCommerce
    // Analytics `Client`, PrestaShop `Client`) is the customer's name.
    let has_split_names = columns
        .iter()
        .any(|c| matches!(c, Some(Field::FirstName | Field::LastName)));
    for (i, c) in columns.iter_mut().enumerate() {
        let Some(f) = *c else { continue };
        let values = values_of(i);
        *c = match f {
            Field::Name if has_split_names && !exact.contains(&Field::Name) => None,
            Field::ExternalRef | Field::CustomerRef
                if !values.is_empty() && share(&values, looks_like_person_name) >= 0.8 =>
            {
                (!has_split_names).then_some(Field::Name)
            }
            f if values_fit(f, &values) => Some(f),
            _ => None,
        };
    }
    let mut why: Vec<Option<Why>> = columns.iter().map(|c| c.map(|_| Why::Header)).collect();
    // One column per field, except the street and names (first one wins otherwise).
    let mut seen = Vec::new();
    for (c, w) in columns.iter_mut().zip(why.iter_mut()) {
        if let Some(f) = *c {
            if f != Field::Street && seen.contains(&f) {
                *c = None;
                *w = None;
            } else {
                seen.push(f);
            }
        }
    }
    let rules = DateRules {
        order: DateOrder::DayFirst,
        format: None,
        zones: Default::default(),
    };
    for (i, (column, why)) in columns.iter_mut().zip(why.iter_mut()).enumerate() {
        if column.is_some() {
            continue;
        }
        // An e-mail needs a header that speaks of mail: a merchant's own login (SumUp's
        // `Konto`) is all e-mails too.
        let key = headers.get(i).map(|h| header_key(h)).unwrap_or_default();
        let mail_header = ["mail", "courriel", "почт", "邮", "էլ"]
            .iter()
            .any(|w| key.contains(w));
        let values = values_of(i);
        if values.is_empty() {
            continue;
        }
        let candidate = if mail_header && share(&values, looks_like_email) >= 0.8 {
            Some((Field::Email, Why::Header))
        } else if kind == ImportKind::Sales
            && share(&values, |v| {
                parse_datetime(v, &rules).is_some() && !v.chars().all(|c| c.is_ascii_digit())
            }) >= 0.8
        {
            // A date in a sales file is the date of the sale; a date in a contacts file is
            // not taken from its values (a registration date is no birth date).
            Some((Field::SoldAt, Why::Values))
        } else if share(&values, |v| {
            looks_like_phone(v) && v.chars().filter(char::is_ascii_digit).count() >= 8
        }) >= 0.8
            && share(&values, |v| {
                v.contains(' ') || v.starts_with('+') || v.starts_with('0')
            }) >= 0.5
            && share(&values, |v| {
                looks_like_money(v) || looks_like_date(v, &rules)
            }) < 0.2
        {
            Some((Field::Phone, Why::Values))
        } else if kind == ImportKind::Sales
            && share(&values, |v| {
                parse_number(v, Decimal::Dot).is_some() && (v.contains('.') || v.contains(','))
            }) >= 0.8
        {
            Some((Field::Amount, Why::Values))
        } else {
            None
        };
        if let Some((f, w)) = candidate
            && !seen.contains(&f)
        {
            *column = Some(f);
            *why = Some(w);
            seen.push(f);
        }
    }
    Guess {
        columns,
        why,
        layout: None,
    }
}

/// The share of `values` that pass `pred`.
fn share(values: &[&str], pred: impl Fn(&str) -> bool) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().filter(|v| pred(v)).count() as f64 / values.len() as f64
}

/// Whether a value reads as a date (day-first rules; ISO too).
fn looks_like_date(v: &str, rules: &DateRules) -> bool {
    parse_datetime(v, rules).is_some() && !v.chars().all(|c| c.is_ascii_digit())
}

/// Whether a value is money: a currency sign, or a number with two decimals.
pub fn looks_like_money(v: &str) -> bool {
    let v = v.trim();
    if v.chars()
        .any(|c| matches!(c, '$' | '€' | '£' | '¥' | '₽' | '֏'))
    {
        return true;
    }
    let digits = v.trim_start_matches('-');
    match digits.rsplit_once(['.', ',']) {
        Some((int, frac)) => {
            frac.len() == 2
                && frac.chars().all(|c| c.is_ascii_digit())
                && !int.is_empty()
                && int.chars().all(|c| {
                    c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.')
                })
        }
        None => false,
    }
}

/// Whether a value reads as a person's full name: letters (any script), with spaces,
/// hyphens, apostrophes or dots between them, and no digits or '#'.
pub fn looks_like_person_name(v: &str) -> bool {
    let v = v.trim();
    v.chars().any(char::is_alphabetic)
        && v.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | '’' | '\u{a0}'))
        && (v.contains(' ') || !v.is_ascii())
}

/// Whether a column's sample values agree with the field its header names. Only fields
/// whose values can look like another field's are checked.
fn values_fit(field: Field, values: &[&str]) -> bool {
    if values.is_empty() {
        return true;
    }
    match field {
        // Account numbers and card numbers are codes, not amounts or e-mails.
        Field::ExternalRef | Field::CustomerRef => {
            share(values, |v| looks_like_money(v) || looks_like_email(v)) < 0.5
        }
        Field::Email => share(values, looks_like_email) >= 0.5,
        // A person's name has no digits and no '#' (an order number `#1001` is no name).
        Field::Name | Field::FirstName | Field::LastName => {
            share(values, |v| {
                v.starts_with('#') || v.chars().filter(char::is_ascii_digit).count() >= 2
            }) < 0.2
        }
        // A product is not a bare line number (WooCommerce's `Item #`) or an amount.
        Field::Product => {
            share(values, |v| {
                v.chars().all(|c| c.is_ascii_digit()) || looks_like_money(v)
            }) < 0.8
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn febrl_columns_map_without_help() {
        let headers = strings(&[
            "rec_id",
            "given_name",
            "surname",
            "street_number",
            "address_1",
            "address_2",
            "suburb",
            "postcode",
            "state",
            "date_of_birth",
            "soc_sec_id",
        ]);
        let columns = guess_columns(&headers, &[], ImportKind::Contacts);
        assert_eq!(
            columns,
            vec![
                Some(Field::ExternalRef),
                Some(Field::FirstName),
                Some(Field::LastName),
                Some(Field::Street),
                Some(Field::Street),
                Some(Field::Street2),
                Some(Field::City),
                Some(Field::Postcode),
                Some(Field::Region),
                Some(Field::BirthDate),
                None,
            ]
        );
    }

    #[test]
    fn a_header_named_exactly_as_a_field_wins_over_a_synonym() {
        let headers: Vec<String> = ["customer_id", "external_ref", "first_name"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let guessed = guess_columns(&headers, &[], ImportKind::Contacts);
        assert_eq!(
            guessed,
            vec![None, Some(Field::ExternalRef), Some(Field::FirstName)]
        );
        let headers: Vec<String> = ["sale_id", "customer_id", "customer_ref"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let guessed = guess_columns(&headers, &[], ImportKind::Sales);
        assert_eq!(guessed[1..], [None, Some(Field::CustomerRef)]);
    }

    #[test]
    fn headers_in_five_languages() {
        let cases = [
            ("Prénom", Field::FirstName),
            ("Nom", Field::LastName),
            ("Courriel", Field::Email),
            ("Téléphone", Field::Phone),
            ("Date de naissance", Field::BirthDate),
            ("Имя", Field::FirstName),
            ("Фамилия", Field::LastName),
            ("Телефон", Field::Phone),
            ("姓名", Field::Name),
            ("电话", Field::Phone),
            ("邮箱", Field::Email),
            ("Անուն", Field::FirstName),
            ("Ազգանուն", Field::LastName),
            ("Հեռախոս", Field::Phone),
            ("E-mail", Field::Email),
            ("Code postal", Field::Postcode),
        ];
        for (header, field) in cases {
            assert_eq!(
                field_for_header(header, ImportKind::Contacts),
                Some(field),
                "{header}"
            );
        }
        assert_eq!(
            field_for_header("customer_id", ImportKind::Sales),
            Some(Field::CustomerRef)
        );
        assert_eq!(
            field_for_header("customer_id", ImportKind::Contacts),
            Some(Field::ExternalRef)
        );
        assert_eq!(
            field_for_header("Montant", ImportKind::Sales),
            Some(Field::Amount)
        );
        assert_eq!(field_for_header("Whatever", ImportKind::Sales), None);
    }

    #[test]
    fn values_decide_when_headers_do_not() {
        let headers = strings(&["A", "B", "C", "D"]);
        let samples = vec![
            strings(&["x@example.com", "06 12 34 56 78", "12/03/2025", "12.50"]),
            strings(&["y@example.org", "+33 6 11 22 33 44", "13/03/2025", "7.00"]),
        ];
        let guess = guess_mapping(&headers, &samples, ImportKind::Sales);
        // An e-mail is never taken from the values alone: column A's header says nothing.
        assert_eq!(
            guess.columns,
            vec![
                None,
                Some(Field::Phone),
                Some(Field::SoldAt),
                Some(Field::Amount)
            ]
        );
        assert_eq!(
            guess.why,
            vec![
                None,
                Some(Why::Values),
                Some(Why::Values),
                Some(Why::Values)
            ]
        );
        // In a contacts file a column of dates is no birth date without a header saying so.
        let columns = guess_columns(&headers, &samples, ImportKind::Contacts);
        assert_eq!(columns, vec![None, Some(Field::Phone), None, None]);
    }

    #[test]
    fn traps_of_the_issue_are_not_taken() {
        // Square's `Card` holds amounts; SumUp's `Konto` the merchant's login; Shopify's
        // `Name` the order number and `Id` the order id; a registration date.
        let headers = strings(&["Card", "Konto", "Name", "Id", "Inscription", "Created on"]);
        let samples = vec![
            strings(&[
                "$1,249.54",
                "kasse@cafe.example",
                "#13519",
                "5400001",
                "2021-06-01 00:00:00",
                "2023-01-02",
            ]),
            strings(&[
                "$0.00",
                "kasse@cafe.example",
                "#13520",
                "5400002",
                "2021-06-03 08:05:25",
                "2023-01-05",
            ]),
        ];
        for kind in [ImportKind::Sales, ImportKind::Contacts] {
            let guess = guess_mapping(&headers, &samples, kind);
            // (In a sales file of no other amount, a column of amounts is the amount.)
            assert!(
                !matches!(
                    guess.columns[0],
                    Some(Field::CustomerRef | Field::ExternalRef)
                ),
                "{kind:?}: Card"
            );
            assert_eq!(guess.columns[1], None, "{kind:?}: Konto");
            assert_eq!(guess.columns[2], None, "{kind:?}: Name");
            assert!(
                !guess.columns.contains(&Some(Field::BirthDate)),
                "{kind:?}: {:?}",
                guess.columns
            );
            assert!(
                !guess.columns.contains(&Some(Field::CustomerRef)),
                "{kind:?}: {:?}",
                guess.columns
            );
        }
        // A person's name under `Name` is a name; a product under `Name` next to first and
        // last names is not.
        let headers = strings(&["Name", "Email"]);
        let samples = vec![strings(&["Anna Ackermann", "anna@example.com"])];
        assert_eq!(
            guess_columns(&headers, &samples, ImportKind::Contacts),
            vec![Some(Field::Name), Some(Field::Email)]
        );
        let headers = strings(&[
            "First Name (Billing)",
            "Name",
            "Item #",
            "Order Date",
            "Order Line Total",
        ]);
        let samples = vec![strings(&[
            "Anna",
            "Beeswax Candle",
            "1",
            "2024-03-01",
            "12.50",
        ])];
        let columns = guess_columns(&headers, &samples, ImportKind::Sales);
        assert_eq!(columns[1], None, "{columns:?}");
        assert_eq!(columns[2], None, "{columns:?}");
        // `Наименование` is the contact's name in a contacts file, the product in a sales file.
        assert_eq!(
            field_for_header("Наименование", ImportKind::Contacts),
            Some(Field::Name)
        );
        assert_eq!(
            field_for_header("Наименование", ImportKind::Sales),
            Some(Field::Product)
        );
        // A birth date from its header, in the five languages.
        for h in [
            "Date of birth",
            "Date de naissance",
            "Дата рождения",
            "出生日期",
            "Ծննդյան ամսաթիվ",
        ] {
            assert_eq!(
                field_for_header(h, ImportKind::Contacts),
                Some(Field::BirthDate),
                "{h}"
            );
        }
    }

    #[test]
    fn more_header_words_of_real_exports() {
        let cases = [
            ("收货人姓名", Field::Name),
            ("联系手机", Field::Phone),
            ("买家会员名", Field::ExternalRef),
            ("买家实际支付金额", Field::Amount),
            ("订单创建时间", Field::SoldAt),
            ("Фактический адрес", Field::Street),
            ("Home City", Field::City),
            ("Business Phone", Field::Phone),
            ("Organization Name", Field::Company),
            ("Address 1 - City", Field::City),
            ("Email Subscription Status", Field::MarketingConsent),
            ("Default Address Zip", Field::Postcode),
            ("Billing City", Field::City),
            ("Réf", Field::ExternalRef),
        ];
        for (header, field) in cases {
            let kind = if field.is_sale_field() {
                ImportKind::Sales
            } else {
                ImportKind::Contacts
            };
            assert_eq!(field_for_header(header, kind), Some(field), "{header}");
        }
        assert_eq!(
            field_for_header("Покупатель", ImportKind::Sales),
            Some(Field::CustomerRef)
        );
    }

    #[test]
    fn consent_columns_of_the_five_languages_are_recognised() {
        for header in [
            "accepts_marketing",
            "opt-in",
            "newsletter",
            "Email Marketing Consent",
            "optin",
            "Abonné newsletter",
            "Consentement",
            "Подписка на рассылку",
            "Согласие",
            "订阅邮件",
            "营销同意",
            "Բաժանորդագրություն",
            "Համաձայնություն",
        ] {
            assert_eq!(
                field_for_header(header, ImportKind::Contacts),
                Some(Field::MarketingConsent),
                "{header}"
            );
        }
    }

    #[test]
    fn field_names_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(f));
        }
        assert_eq!(Field::from_name("nonsense"), None);
    }
}
