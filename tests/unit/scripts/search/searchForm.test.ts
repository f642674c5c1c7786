// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findSearchElements,
  formState,
  showStateInForm,
} from '../../../../src/scripts/search/searchForm';
import { searchPage, state } from './searchPageParts';

describe('searchForm: the form as a search state', () => {
  it('names a missing part of the markup', () => {
    document.body.innerHTML = '<form data-search-form></form>';
    expect(() => findSearchElements(document.body)).toThrow('search page: missing input[name="q"]');
  });

  it('shows a state in the form and reads the same state back', () => {
    const { ui } = searchPage();
    showStateInForm(ui, state('belgrade', { status: ['Recognised'] }, 'newest'));
    expect(ui.input.value).toBe('belgrade');
    expect(ui.filterPanel.open).toBe(true);
    expect(formState(ui.form)).toEqual(state('belgrade', { status: ['Recognised'] }, 'newest'));
  });
});
