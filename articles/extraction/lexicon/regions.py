"""The states, provinces, territories and nations a national body's regional branch is named
after: "Crime Stoppers Victoria", "Saskatchewan Crime Stoppers"."""

# Australia's states and territories, Canada's provinces and territories, the United States'
# states, and the United Kingdom's nations, as printed.
REGIONS = frozenset(
    """
    New South Wales|NSW|Victoria|Queensland|Western Australia|WA|South Australia|SA|Tasmania|
    Northern Territory|NT|Australian Capital Territory|ACT|
    Alberta|British Columbia|BC|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|
    Ontario|Prince Edward Island|PEI|Quebec|Québec|Saskatchewan|Yukon|Nunavut|
    Northwest Territories|
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|
    Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
    New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|
    Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|
    Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|
    Scotland|Wales|Northern Ireland|England
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)
