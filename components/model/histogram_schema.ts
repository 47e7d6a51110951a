/**
 * Native histogram schemas, bucket boundaries and the validation error texts, as Prometheus's
 * model/histogram defines them (Mimir passes these texts through to its users).
 *
 * Schemas -4..8 are exponential: bucket i of schema s covers (2^((i-1)/2^s), 2^(i/2^s)]
 * (mirrored for negative buckets). Schema -53 uses custom bucket bounds ("custom values"); -9..52
 * are reserved exponential schemas that readers reduce to 8.
 */

export const EXPONENTIAL_SCHEMA_MAX = 8;
export const EXPONENTIAL_SCHEMA_MAX_RESERVED = 52;
export const EXPONENTIAL_SCHEMA_MIN = -4;
export const EXPONENTIAL_SCHEMA_MIN_RESERVED = -9;
export const CUSTOM_BUCKETS_SCHEMA = -53;

/** Counter reset hints (Prometheus's histogram.CounterResetHint values). */
export const UnknownCounterReset = 0;
export const CounterReset = 1;
export const NotCounterReset = 2;
export const GaugeType = 3;
export type CounterResetHint = 0 | 1 | 2 | 3;

export function isCustomBucketsSchema(s: number): boolean {
  return s === CUSTOM_BUCKETS_SCHEMA;
}

export function isExponentialSchema(s: number): boolean {
  return s >= EXPONENTIAL_SCHEMA_MIN && s <= EXPONENTIAL_SCHEMA_MAX;
}

export function isExponentialSchemaReserved(s: number): boolean {
  return s >= EXPONENTIAL_SCHEMA_MIN_RESERVED && s <= EXPONENTIAL_SCHEMA_MAX_RESERVED;
}

export function isValidSchema(s: number): boolean {
  return isCustomBucketsSchema(s) || isExponentialSchema(s);
}

/** A schema readers accept, possibly after reducing the resolution to 8. */
export function isKnownSchema(s: number): boolean {
  return isCustomBucketsSchema(s) || isExponentialSchemaReserved(s);
}

/** Prometheus's error texts (model/histogram/generic.go). */
export const errText = {
  countNotBigEnough:
    "histogram's observation count should be at least the number of observations found in the buckets",
  countMismatch:
    "histogram's observation count should equal the number of observations found in the buckets (in absence of NaN)",
  negativeCount: "histogram's observation count is negative",
  negativeBucketCount: "histogram has a bucket whose observation count is negative",
  spanNegativeOffset: "histogram has a span whose offset is negative",
  spansBucketsMismatch: "histogram spans specify different number of buckets than provided",
  customBucketsMismatch: "histogram custom bounds are too few",
  customBucketsInvalid: "histogram custom bounds must be in strictly increasing order",
  customBucketsInfinite: "histogram custom bounds must be finite",
  customBucketsNaN: "histogram custom bounds must not be NaN",
  incompatibleSchema:
    "cannot apply this operation on histograms with a mix of exponential and custom bucket schemas",
  customBucketsZeroCount: "custom buckets: must have zero count of 0",
  customBucketsZeroThresh: "custom buckets: must have zero threshold of 0",
  customBucketsNegSpans: "custom buckets: must not have negative spans",
  customBucketsNegBuckets: "custom buckets: must not have negative buckets",
  expSchemaCustomBounds: "histogram with exponential schema must not have custom bounds",
  invalidSchema: `histogram has an invalid schema, which must be between ${EXPONENTIAL_SCHEMA_MIN} and ${EXPONENTIAL_SCHEMA_MAX} for exponential buckets, or ${CUSTOM_BUCKETS_SCHEMA} for custom buckets`,
  unknownSchema: `histogram has an unknown schema, which must be between ${EXPONENTIAL_SCHEMA_MIN_RESERVED} and ${EXPONENTIAL_SCHEMA_MAX_RESERVED} for exponential buckets, or ${CUSTOM_BUCKETS_SCHEMA} for custom buckets`,
} as const;

export function invalidSchemaError(s: number): string {
  return `${errText.invalidSchema}, got schema ${s}`;
}

export function unknownSchemaError(s: number): string {
  return `${errText.unknownSchema}, got schema ${s}`;
}

/** Formats a float the way Go's %f verb does (6 decimals; Inf/NaN spelled Go's way). */
export function goFloatF(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return v.toFixed(6);
}

/**
 * Formats a float the way Go's %v verb does for float64: the shortest representation, in
 * exponent form when the decimal exponent is < -4 or >= 6 (Go's %g decision precision for the
 * shortest form), so 1e6 prints as "1e+06" and 123456 as "123456".
 */
export function goFloatV(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const s = v.toExponential();
  const e = s.indexOf("e");
  const exp = Number(s.slice(e + 1));
  if (exp < -4 || exp >= 6)
    return `${s.slice(0, e)}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return String(v);
}

/** True when both bound lists hold the same values. */
export function customBucketBoundsMatch(a: Float64Array | null, b: Float64Array | null): boolean {
  const la = a === null ? 0 : a.length;
  const lb = b === null ? 0 : b.length;
  if (la !== lb) return false;
  for (let i = 0; i < la; i++) if ((a as Float64Array)[i] !== (b as Float64Array)[i]) return false;
  return true;
}

/** The bucket index in targetSchema (<= originSchema) that bucket idx of originSchema falls into. */
export function targetIdx(idx: number, originSchema: number, targetSchema: number): number {
  return ((idx - 1) >> (originSchema - targetSchema)) + 1;
}

/**
 * Upper bound of bucket idx (lower bound of idx + 1). Custom buckets: customValues[idx], +Inf past
 * the last bound, -Inf for idx -1.
 */
export function getBound(idx: number, schema: number, customValues: Float64Array | null): number {
  if (isCustomBucketsSchema(schema)) {
    const n = customValues === null ? 0 : customValues.length;
    if (idx >= n) return Number.POSITIVE_INFINITY;
    if (idx < 0) return Number.NEGATIVE_INFINITY;
    return (customValues as Float64Array)[idx];
  }
  return getBoundExponential(idx, schema);
}

/**
 * Upper bound of exponential bucket idx. The last bucket before the one for ±Inf observations
 * ends at MAX_VALUE (its formula would give 2^1024, which overflows).
 */
export function getBoundExponential(idx: number, schema: number): number {
  if (schema < 0) {
    const exp = idx * 2 ** -schema;
    if (exp === 1024) return Number.MAX_VALUE;
    return ldexp(1, exp);
  }
  const fracIdx = idx & ((1 << schema) - 1);
  const frac = BOUNDS_SCHEMA8[fracIdx << (8 - schema)];
  const exp = (idx >> schema) + 1;
  if (frac === 0.5 && exp === 1025) return Number.MAX_VALUE;
  return ldexp(frac, exp);
}

/** frac * 2^exp, exact (including subnormal results and overflow to Infinity) like Go's math.Ldexp. */
export function ldexp(frac: number, exp: number): number {
  if (exp > 1023) {
    // Split so the intermediate does not overflow before the final scaling.
    return frac * 2 ** 1023 * 2 ** (exp - 1023);
  }
  if (exp < -1022) {
    return frac * 2 ** (exp + 1022) * 2 ** -1022;
  }
  return frac * 2 ** exp;
}

/**
 * Bucket boundaries in [0.5, 1) for schema 8 (Prometheus's precalculated table; schema s < 8 uses
 * every 2^(8-s)-th entry). Computing them with Math.pow differs in the last bit for many entries.
 */
const BOUNDS_SCHEMA8 = new Float64Array([
  0.5, 0.5013556375251013, 0.5027149505564014, 0.5040779490592088, 0.5054446430258502,
  0.5068150424757447, 0.5081891574554764, 0.509566998038869, 0.5109485743270583, 0.5123338964485679,
  0.5137229745593818, 0.5151158188430205, 0.5165124395106142, 0.5179128468009786,
  0.5193170509806894, 0.520725062344158, 0.5221368912137069, 0.5235525479396449, 0.5249720429003435,
  0.526395386502313, 0.5278225891802786, 0.5292536613972564, 0.5306886136446309, 0.5321274564422321,
  0.5335702003384117, 0.5350168559101208, 0.5364674337629877, 0.5379219445313954,
  0.5393803988785598, 0.5408428074966075, 0.5423091811066545, 0.5437795304588847,
  0.5452538663326288, 0.5467321995364429, 0.5482145409081883, 0.549700901315111, 0.5511912916539204,
  0.5526857228508706, 0.5541842058618393, 0.5556867516724088, 0.5571933712979462,
  0.5587040757836845, 0.5602188762048033, 0.5617377836665098, 0.5632608093041209, 0.564787964283144,
  0.5663192597993595, 0.5678547070789026, 0.5693943173783458, 0.5709381019847808, 0.572486072215902,
  0.5740382394200894, 0.5755946149764913, 0.5771552102951081, 0.5787200368168754,
  0.5802891060137493, 0.5818624293887887, 0.5834400184762408, 0.585021884841625, 0.5866080400818185,
  0.5881984958251406, 0.5897932637314379, 0.5913923554921704, 0.5929957828304968,
  0.5946035575013605, 0.5962156912915756, 0.5978321960199137, 0.5994530835371903,
  0.6010783657263515, 0.6027080545025619, 0.6043421618132907, 0.6059806996384005,
  0.6076236799902344, 0.6092711149137041, 0.6109230164863786, 0.6125793968185725,
  0.6142402680534349, 0.6159056423670379, 0.6175755319684665, 0.6192499490999082, 0.620928906036742,
  0.622612415087629, 0.6243004885946023, 0.6259931389331581, 0.6276903785123455, 0.6293922197748583,
  0.6310986751971253, 0.6328097572894031, 0.6345254785958666, 0.6362458516947014, 0.637970889198196,
  0.6397006037528346, 0.6414350080393891, 0.6431741147730128, 0.6449179367033329,
  0.6466664866145447, 0.6484197773255048, 0.6501778216898253, 0.6519406325959679,
  0.6537082229673385, 0.6554806057623822, 0.6572577939746774, 0.659039800633032, 0.6608266388015788,
  0.6626183215798706, 0.6644148621029772, 0.6662162735415805, 0.6680225691020727,
  0.6698337620266515, 0.6716498655934177, 0.6734708931164728, 0.6752968579460171,
  0.6771277734684463, 0.6789636531064505, 0.6808045103191123, 0.6826503586020058,
  0.6845012114872953, 0.6863570825438342, 0.688217985377265, 0.690083933630119, 0.6919549409819159,
  0.6938310211492645, 0.6957121878859629, 0.6975984549830999, 0.6994898362691555,
  0.7013863456101023, 0.7032879969095076, 0.7051948041086352, 0.7071067811865475,
  0.7090239421602076, 0.7109463010845827, 0.7128738720527471, 0.7148066691959849,
  0.7167447066838943, 0.718687998724491, 0.7206365595643126, 0.7225904034885232, 0.7245495448210174,
  0.7265139979245261, 0.7284837772007218, 0.7304588970903234, 0.7324393720732029,
  0.7344252166684908, 0.7364164454346837, 0.7384130729697496, 0.7404151139112358,
  0.7424225829363761, 0.7444354947621984, 0.7464538641456323, 0.7484777058836176,
  0.7505070348132126, 0.7525418658117031, 0.7545822137967112, 0.7566280937263048,
  0.7586795205991071, 0.7607365094544071, 0.762799075372269, 0.7648672334736434, 0.7669409989204777,
  0.7690203869158282, 0.7711054127039704, 0.7731960915705107, 0.7752924388424999,
  0.7773944698885442, 0.7795022001189185, 0.7816156449856788, 0.7837348199827764,
  0.7858597406461707, 0.7879904225539431, 0.7901268813264122, 0.7922691326262467,
  0.7944171921585818, 0.7965710756711334, 0.7987307989543135, 0.8008963778413465,
  0.8030678282083853, 0.805245165974627, 0.8074284071024302, 0.8096175675974316, 0.8118126635086642,
  0.8140137109286738, 0.8162207259936375, 0.8184337248834821, 0.820652723822003, 0.8228777390769823,
  0.8251087869603088, 0.8273458838280969, 0.8295890460808079, 0.8318382901633681,
  0.8340936325652911, 0.8363550898207981, 0.8386226785089391, 0.8408964152537144,
  0.8431763167241966, 0.8454623996346523, 0.8477546807446661, 0.8500531768592616,
  0.8523579048290255, 0.8546688815502312, 0.8569861239649629, 0.8593096490612387,
  0.8616394738731368, 0.8639756154809185, 0.8663180910111553, 0.8686669176368529, 0.871022112577578,
  0.8733836930995842, 0.8757516765159389, 0.8781260801866495, 0.8805069215187917,
  0.8828942179666361, 0.8852879870317771, 0.8876882462632604, 0.890095013257712, 0.8925083056594671,
  0.8949281411607002, 0.8973545375015533, 0.8997875124702672, 0.9022270839033115,
  0.9046732696855155, 0.9071260877501991, 0.909585556079304, 0.9120516927035263, 0.9145245157024483,
  0.9170040432046711, 0.9194902933879467, 0.9219832844793128, 0.9244830347552253,
  0.9269895625416926, 0.92950288621441, 0.9320230241988943, 0.9345499949706191, 0.9370838170551498,
  0.93962450902828, 0.9421720895161669, 0.9447265771954693, 0.9472879907934827, 0.9498563490882775,
  0.9524316709088368, 0.9550139751351947, 0.9576032806985735, 0.9601996065815236,
  0.9628029718180622, 0.9654133954938133, 0.9680308967461471, 0.9706554947643201,
  0.9732872087896164, 0.9759260581154889, 0.9785720620876999, 0.9812252401044634,
  0.9838856116165875, 0.9865531961276168, 0.9892280131939752, 0.9919100824251095,
  0.9945994234836328, 0.9972960560854698,
]);
