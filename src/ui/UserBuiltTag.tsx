// The visible mark of an option a user built in Footprint, beside its title wherever options
// are listed. The visually hidden comma keeps the accessible name readable: "My option 1, User-built".
import {isUserBuilt, USER_BUILT_TAG} from '../domain/option-labels';
import type {BoundaryOption} from '../domain/types';

export function UserBuiltTag({option}: {option: Pick<BoundaryOption, 'userBuilt'>}) {
  if (!isUserBuilt(option)) return null;
  return (
    <>
      <span className="fp-visually-hidden">,</span>{' '}
      <strong className="nhsuk-tag nhsuk-tag--orange fp-user-tag" data-testid="user-built-tag">
        {USER_BUILT_TAG}
      </strong>
    </>
  );
}
