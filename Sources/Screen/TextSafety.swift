// `TextSanitizer` lives in the leaf module TextSafety (so services can clean text without a screen);
// everything that draws sees it through this module.
@_exported import TextSafety
