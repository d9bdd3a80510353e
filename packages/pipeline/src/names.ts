/** Name and school lists for the synthetic register. Common names, no real people. */
export const FIRST_NAMES = {
  female: ['Nora', 'Emma', 'Ella', 'Maja', 'Olivia', 'Sofie', 'Ingrid', 'Leah', 'Sara', 'Amalie', 'Hanna', 'Ida', 'Aurora', 'Thea', 'Frida', 'Mia', 'Selma', 'Aisha', 'Julie', 'Tiril'],
  male: ['Jakob', 'Emil', 'Noah', 'Oliver', 'Filip', 'William', 'Lucas', 'Liam', 'Henrik', 'Oskar', 'Aksel', 'Theodor', 'Elias', 'Kasper', 'Magnus', 'Ali', 'Isak', 'Tobias', 'Sander', 'Mathias'],
} as const;

export const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Ahmed', 'Khan', 'Nguyen', 'Bakken', 'Moen',
] as const;

/** School per district (code -> schools); synthetic but named after the places. */
export const SCHOOLS: Readonly<Record<string, readonly string[]>> = {
  '3203-01': ['Asker ungdomsskole', 'Asker videregående skole'],
  '3203-02': ['Borgen ungdomsskole', 'Borgen skole'],
  '3203-03': ['Hvalstad skole', 'Hval ungdomsskole'],
  '3203-04': ['Heggedal ungdomsskole'],
  '3203-05': ['Vollen ungdomsskole', 'Bondi skole'],
  '3203-06': ['Slemmestad ungdomsskole'],
  '3203-07': ['Spikkestad ungdomsskole', 'Røyken videregående skole'],
  '3203-08': ['Røyken ungdomsskole'],
  '3203-09': ['Sætre ungdomsskole', 'Hurum videregående skole'],
  '3203-10': ['Tofte skole'],
};
