// Each role a security requirement lists must be declared on its scheme's x-sanad-roles.
module.exports = (requirement, _options, { document, path }) => {
  const schemes = (document.data.components || {}).securitySchemes || {};
  const results = [];
  for (const [name, roles] of Object.entries(requirement || {})) {
    const scheme = schemes[name];
    if (!scheme) {
      results.push({ message: `"${name}" is not a scheme of components.securitySchemes`, path: [...path, name] });
      continue;
    }
    const declared = scheme['x-sanad-roles'] || {};
    roles.forEach((role, index) => {
      if (!Object.prototype.hasOwnProperty.call(declared, role)) {
        results.push({ message: `role "${role}" is not declared in x-sanad-roles of "${name}"`, path: [...path, name, index] });
      }
    });
  }
  return results;
};
