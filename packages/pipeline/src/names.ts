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
