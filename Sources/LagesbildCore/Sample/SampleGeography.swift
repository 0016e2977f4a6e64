/// Where the sample's places are. Hot spots sit at fixed offsets from their locality's
/// centre (the centres of `../shared/data/README.md`), their incidents scatter around them,
/// and one cluster of reports lies away from every hot spot, for the meeting to find.
extension SampleGenerator {
    /// WGS 84 centres of the localities.
    static let localityCentres: [String: GeoPoint] = [
        "Vaggeryd": GeoPoint(latitude: 57.498, longitude: 14.147),
        "Skillingaryd": GeoPoint(latitude: 57.433, longitude: 14.091),
        "Hok": GeoPoint(latitude: 57.513, longitude: 14.281),
    ]

    /// Metres north and east of the locality's centre.
    static let hotSpotOffsets: [String: (n: Double, e: Double)] = [
        "vgd-resecentrum": (-150, -350), "vgd-torget": (0, 0), "vgd-fenix": (250, 300),
        "vgd-hjortsjoskolan": (900, -600), "vgd-idrottsplats": (-900, 700), "vgd-hjortsjon": (1400, -1300),
        "vgd-lovasparken": (-600, -900),
        "sky-resecentrum": (-200, -300), "sky-centrum": (0, 0), "sky-mossleskolan": (700, 500),
        "sky-folketspark": (-700, 600), "sky-vallen": (1000, -500), "sky-riksvag": (-300, 1200),
        "hok-centrum": (0, 0), "hok-skolan": (400, -350), "hok-badplats": (-500, 700),
    ]

    /// The boundary file the sample's plans name.
    public static let outlineFile = "vaggeryd.geojson"

    /// Vaggeryd municipality's outline, WGS 84, simplified to 48 points: from the public
    /// repository okfse/sweden-geojson (the Election Authority's municipal boundaries), as
    /// `../shared/data/vaggeryd-kommun.geojson` has it.
    public static let outlineGeoJSON = #"""
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kommun":"Vaggeryd","kommunkod":"0665","lan":"06"},"geometry":{"type":"Polygon","coordinates":[[[14.331525427001948,57.54022861742221],[14.3105374551228,57.54329545541562],[14.274669796046307,57.56298154262571],[14.228391940152076,57.54917458240293],[14.217745503407118,57.57285737668337],[14.21597375583031,57.605519495179024],[14.197047200692118,57.644421230980875],[14.113222993477486,57.61166557966934],[14.06291619150088,57.62987261248083],[14.016864521089035,57.62975903640432],[13.965345454429668,57.654471176436466],[13.954570248268835,57.6312149376311],[13.917354688953681,57.6103761992937],[13.853467756032472,57.62289036054234],[13.826364901643826,57.61303392926873],[13.85889926476143,57.580744611092165],[13.900766327885956,57.57574748923643],[13.88066049395836,57.562190820807125],[13.891967559040523,57.55153145214793],[13.909135426132272,57.49291898592127],[13.894780767568335,57.464626829322555],[13.901354056980802,57.43390703725335],[13.898005386824655,57.407702736585115],[13.939034658623312,57.36917273785805],[13.978240338658852,57.37586440051491],[14.030488414616679,57.323003776566125],[13.997996069493539,57.30939232171253],[14.005857342154052,57.29706607691744],[14.044189411541993,57.297160050205804],[14.059566566189783,57.30949914964409],[14.07336905314345,57.32385328643353],[14.097178389934296,57.322032556860826],[14.091561116514777,57.301173913719914],[14.169009320699546,57.319166614442494],[14.242261119641473,57.3074717409569],[14.273673812798327,57.30768333549937],[14.273680698371209,57.34719406066192],[14.302024045375164,57.3610339182373],[14.364060233415458,57.382424087775696],[14.369303305302015,57.438481550434986],[14.381232626597653,57.46376650185201],[14.408773429958417,57.46092266362032],[14.453105308834685,57.47622359951433],[14.451754804463553,57.489347147149594],[14.427386942732435,57.51648627593979],[14.346602094266672,57.51754443088225],[14.313939377398757,57.531777980024835],[14.331525427001948,57.54022861742221]]]}}]}
"""#

    /// The planted cluster: reports of disorder at an industrial street south-east of
    /// Vaggeryd's centre, away from every hot spot, in the last eight weeks of the sample.
    static let clusterOffset = (n: -1_700.0, e: 1_900.0)
    static let clusterPlace = "Industrigatan, Vaggeryd"
}
