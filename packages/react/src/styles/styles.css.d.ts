// The types of `import '@myorg-kit/react/styles.css'`: a side-effect import with no exports.
// TypeScript 6 checks side-effect imports, so a host whose bundler types declare no `*.css`
// module needs this to type-check the import the README shows.
export {}
