export const id = 7076;
export const ids = [7076];
export const modules = {

/***/ 17076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGNED_IMAGE_FILE: () => (/* binding */ SIGNED_IMAGE_FILE),
/* harmony export */   signImage: () => (/* binding */ signImage)
/* harmony export */ });
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30086);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7713);




/** What sign-image leaves for publish-image and for people: the identity that was signed. */
const SIGNED_IMAGE_FILE = 'signed-image.json';
/**
 * The image's signed identity: an in-toto statement whose subject is the image (name and
 * manifest digest) with a SLSA provenance predicate, signed by the executor like every step.
 * The signed bundle is the image's signature; publish-image attaches it to the image in the
 * registry as an OCI referrer, since it only exists after this step has returned.
 */
const signImage = {
    id: 'sign-image',
    async run(ctx) {
        const startedOn = new Date();
        const image = await (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedBuiltImage */ .V)(ctx);
        const name = ctx.inputs.image || image.name;
        const subject = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSubject */ .m)(name, image.digest);
        await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_2__/* .writeHandoff */ .K7)(ctx.outDir, SIGNED_IMAGE_FILE, {
            name,
            digest: image.digest,
            mediaType: image.manifest.mediaType,
            size: image.manifest.bytes.length,
        });
        ctx.log(`signing ${name}@${image.digest}`);
        return {
            status: 'passed',
            attestations: [
                {
                    predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PREDICATE */ .W3.slsaProvenance,
                    predicate: (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__/* .makeProvenance */ .wL)({
                        builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
                        externalParameters: { repository: ctx.repository, image: name, digest: image.digest },
                        materials: [subject],
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [subject],
            materials: [subject],
            reports: [SIGNED_IMAGE_FILE],
            summary: `Signed image identity \`${name}@${image.digest}\`.`,
        };
    },
};


/***/ })

};
