/** Library entries the fill tests answer from: a public SSO entry with a Yes, an internal one never written. */
export const SSO_ENTRY = `---
id: sso-saml
question: "Do you support single sign-on for customer users?"
variants:
  - "Is SAML SSO supported?"
answer:
  yesno: yes
  sentence: "Yes. Customers can require SAML 2.0 single sign-on through their own identity provider."
owner: Identity team
reviewed: 2026-10-01
reviewEvery: 12 months
visibility: public
tags: [identity]
evidence: []
---
Customers can require SAML 2.0 single sign-on for all of their users, with any standards-based identity provider.
`;

export const INTERNAL_ENTRY = `---
id: discount-policy
question: "What discounts do you offer for multi-year contracts?"
answer:
  sentence: "Up to 18% for three years."
owner: Sales
reviewed: 2026-10-01
visibility: internal
tags: [pricing]
evidence: []
---
Up to 18% for three years, approved by the CFO.
`;
