{{%AUTOESCAPE context="HTML"}}
{{#FIELD}}
<div class="field{{#INVALID}} field--error{{/INVALID}}">
  <label for="{{NAME}}">{{LABEL}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</label>
  {{#HINT}}<p class="hint" id="{{NAME}}-hint">{{TEXT}}</p>{{/HINT}}
  {{#INVALID}}<p class="field-error" id="{{NAME}}-error">{{ERROR}}</p>{{/INVALID}}
  {{#IS_INPUT}}<input id="{{NAME}}" name="{{NAME}}" type="{{TYPE}}"{{#INPUTMODE}} inputmode="{{MODE}}"{{/INPUTMODE}} value="{{VALUE}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/IS_INPUT}}
  {{#IS_TEXTAREA}}<textarea id="{{NAME}}" name="{{NAME}}" rows="4"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE}}</textarea>{{/IS_TEXTAREA}}
  {{#IS_SELECT}}<select id="{{NAME}}" name="{{NAME}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
    {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
  </select>{{/IS_SELECT}}
</div>
{{/FIELD}}
