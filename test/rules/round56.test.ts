import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { paramsOf } from './load.js';

/**
 * Misses of synthetic round 56 (scored blind first: test/rules/gold-synthetic/round56/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 56 (tuned): where a prestation is done', () => {
  it('`a lieu dans un hôpital disposant …`, `… uniquement dans la section … d\'un hôpital`: a rule, in a hospital', () => {
    for (const s of [
      "b) La pose a lieu dans un hôpital disposant d'un service de neurochirurgie.",
      "La prestation 103412 est exécutée uniquement dans la section polyclinique d'un hôpital agréé.",
      "- les séances (prestations 564811-564822 et 564833-564844) sont effectuées uniquement dans un service de rééducation d'un hôpital.",
    ]) {
      expect(isNormative(s), s).toBe(true);
      expect(paramsOf(s, 'setting'), s).toEqual({ setting: 'hospital' });
    }
    // (not where another place is offered)
    expect(paramsOf("Les séances sont effectuées uniquement dans un service d'un hôpital ou dans un cabinet privé.", 'setting')).toBeUndefined();
  });

  it('`ne peuvent être attestées que par <a long title>, dans un hôpital qui dispose …`', () => {
    expect(paramsOf('Les prestations 590612-590623 ne peuvent être attestées que par un médecin spécialiste en cardiologie porteur du titre professionnel particulier en électrophysiologie, dans un hôpital qui dispose d\'un programme de soins agréé.', 'setting')).toEqual({ setting: 'hospital' });
  });
});
